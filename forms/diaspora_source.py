# ruff: noqa: E501  (translated labels read best unwrapped)
"""Text source of diaspora.xlsx: the diaspora mapping questionnaire (after IOM's Diaspora Mapping
Toolkit, 2022, and "Contributions and Counting"). forms/build_forms.py turns it into the workbook.

Conventions that hold for every question:
- every choice list ends with ``pna`` = "Prefer not to answer" (in select_multiple it must be the
  only choice ticked);
- typed answers (numbers, text) accept ``-99`` = "prefer not to answer", said in the hint;
- nothing after consent is required, so an interview can stop at any point and still be saved;
- countries are ISO 3166-1 alpha-3 codes, currencies ISO 4217 codes (lists generated from the
  CSVs in forms/data/), and every amount band sits next to the currency it is stated in;
- contact details live only in the group ``sensitive_contact`` so exports can leave them out.
"""

from __future__ import annotations

import csv
from pathlib import Path

from build_forms import (
    DEFAULT_LANGUAGE,
    FORM_VERSION,
    LANGUAGE_COLUMNS,
    LANGUAGES,
    Row,
    Sheet,
    T,
    choice,
    row,
    setting_note,
    xpath_literal,
)

DATA = Path(__file__).resolve().parent / "data"

PNA: T = (
    "Prefer not to answer",
    "Prefiere no responder",
    "Préfère ne pas répondre",
    "Prefere não responder",
    "يفضّل عدم الإجابة",
)
PNA_HINT: T = (
    "Enter -99 if the respondent prefers not to answer.",
    "Escriba -99 si la persona prefiere no responder.",
    "Saisissez -99 si la personne préfère ne pas répondre.",
    "Digite -99 se a pessoa preferir não responder.",
    "أدخل ‎-99‎ إذا فضّل المشارك عدم الإجابة.",
)
PNA_ALONE: T = (
    '"Prefer not to answer" cannot be combined with other answers.',
    "«Prefiere no responder» no puede combinarse con otras respuestas.",
    "« Préfère ne pas répondre » ne peut pas être combiné avec d'autres réponses.",
    '"Prefere não responder" não pode ser combinado com outras respostas.',
    "لا يمكن الجمع بين «يفضّل عدم الإجابة» وإجابات أخرى.",
)
NUMBER_RANGE: T = (
    "Enter a number between {low} and {high}, or -99.",
    "Escriba un número entre {low} y {high}, o -99.",
    "Saisissez un nombre entre {low} et {high}, ou -99.",
    "Digite um número entre {low} e {high}, ou -99.",
    "أدخل رقمًا بين {low} و{high}، أو ‎-99‎.",
)
OTHER: T = ("Other", "Otro", "Autre", "Outro", "أخرى")
NONE: T = (
    "None of these",
    "Ninguna de estas",
    "Aucune de ces réponses",
    "Nenhuma destas",
    "لا شيء مما سبق",
)

# Deployment settings: the origin country of the diaspora being mapped (edit in Excel).
ORIGIN: dict[str, T] = {
    "origin_country": ("Ecuador", "Ecuador", "l'Équateur", "o Equador", "الإكوادور"),
    "in_origin": ("in Ecuador", "en Ecuador", "en Équateur", "no Equador", "في الإكوادور"),
    "to_origin": ("to Ecuador", "a Ecuador", "en Équateur", "para o Equador", "إلى الإكوادور"),
    "of_origin": ("of Ecuador", "de Ecuador", "de l'Équateur", "do Equador", "الإكوادور"),
}


def o(lang_text: T) -> T:
    """Resolve {origin} / {in_origin} / {to_origin} tokens to the per-language settings.

    French and Portuguese contract "de" with the country's article ("de l'Équateur", "do
    Equador"), so "de {origin}" there reads the of_origin setting.
    """
    out = []
    for lang, text in zip(LANGUAGES, lang_text, strict=True):
        if lang in ("fr", "pt"):
            text = text.replace("de {origin}", "${of_origin_" + lang + "}")
        for token, setting in (
            ("{origin}", "origin_country"),
            ("{in_origin}", "in_origin"),
            ("{to_origin}", "to_origin"),
        ):
            text = text.replace(token, "${" + setting + "_" + lang + "}")
        out.append(text)
    en, es, fr, pt, ar = out
    return (en, es, fr, pt, ar)


LISTS: dict[str, list[tuple[str, T]]] = {
    "yes_no": [
        ("yes", ("Yes", "Sí", "Oui", "Sim", "نعم")),
        ("no", ("No", "No", "Non", "Não", "لا")),
    ],
    "mode": [
        ("in_person", ("In person", "En persona", "En personne", "Presencial", "وجهًا لوجه")),
        ("phone", ("By phone", "Por teléfono", "Par téléphone", "Por telefone", "عبر الهاتف")),
        (
            "messaging",
            (
                "By messaging or video call",
                "Por mensajería o videollamada",
                "Par messagerie ou appel vidéo",
                "Por mensagens ou videochamada",
                "عبر تطبيقات المراسلة أو مكالمة فيديو",
            ),
        ),
        (
            "online",
            (
                "Online, self-completed",
                "En línea, autoadministrada",
                "En ligne, auto-administré",
                "Online, autopreenchido",
                "عبر الإنترنت، يملؤه المشارك بنفسه",
            ),
        ),
    ],
    "recruitment": [
        (
            "referral",
            (
                "Referred by another participant (referral code)",
                "Referido/a por otro participante (código de referencia)",
                "Orienté(e) par un autre participant (code de parrainage)",
                "Indicado/a por outro participante (código de indicação)",
                "بإحالة من مشارك آخر (رمز إحالة)",
            ),
        ),
        (
            "association",
            (
                "Through a diaspora association",
                "A través de una asociación de la diáspora",
                "Par une association de la diaspora",
                "Por meio de uma associação da diáspora",
                "عن طريق جمعية للمغتربين",
            ),
        ),
        (
            "consulate",
            (
                "Through an embassy or consulate",
                "A través de una embajada o consulado",
                "Par une ambassade ou un consulat",
                "Por meio de uma embaixada ou consulado",
                "عن طريق سفارة أو قنصلية",
            ),
        ),
        (
            "social_media",
            (
                "Social media or messaging group",
                "Redes sociales o grupo de mensajería",
                "Réseaux sociaux ou groupe de messagerie",
                "Redes sociais ou grupo de mensagens",
                "وسائل التواصل الاجتماعي أو مجموعة مراسلة",
            ),
        ),
        (
            "event",
            (
                "Community event or public place",
                "Evento comunitario o lugar público",
                "Événement communautaire ou lieu public",
                "Evento comunitário ou local público",
                "فعالية مجتمعية أو مكان عام",
            ),
        ),
        ("other", OTHER),
    ],
    "interview_language": [
        ("en", ("English", "Inglés", "Anglais", "Inglês", "الإنجليزية")),
        ("es", ("Spanish", "Español", "Espagnol", "Espanhol", "الإسبانية")),
        ("fr", ("French", "Francés", "Français", "Francês", "الفرنسية")),
        ("pt", ("Portuguese", "Portugués", "Portugais", "Português", "البرتغالية")),
        ("ar", ("Arabic", "Árabe", "Arabe", "Árabe", "العربية")),
        ("other", OTHER),
    ],
    "sex": [
        ("female", ("Female", "Mujer", "Femme", "Mulher", "أنثى")),
        ("male", ("Male", "Hombre", "Homme", "Homem", "ذكر")),
        (
            "other",
            (
                "Other / self-described",
                "Otro / se describe de otra forma",
                "Autre / se décrit autrement",
                "Outro / se descreve de outra forma",
                "أخرى / وصف ذاتي",
            ),
        ),
    ],
    "reasons": [
        ("work", ("Work", "Trabajo", "Travail", "Trabalho", "العمل")),
        ("study", ("Study", "Estudios", "Études", "Estudos", "الدراسة")),
        (
            "family",
            (
                "Family reasons",
                "Razones familiares",
                "Raisons familiales",
                "Motivos familiares",
                "أسباب عائلية",
            ),
        ),
        (
            "safety",
            (
                "Violence, conflict or persecution",
                "Violencia, conflicto o persecución",
                "Violence, conflit ou persécution",
                "Violência, conflito ou perseguição",
                "العنف أو النزاع أو الاضطهاد",
            ),
        ),
        (
            "economy",
            (
                "Economic situation",
                "Situación económica",
                "Situation économique",
                "Situação econômica",
                "الوضع الاقتصادي",
            ),
        ),
        (
            "environment",
            (
                "Disaster or environmental change",
                "Desastre o cambio ambiental",
                "Catastrophe ou changement environnemental",
                "Desastre ou mudança ambiental",
                "كارثة أو تغيّر بيئي",
            ),
        ),
        ("other", OTHER),
    ],
    "legal_status": [
        (
            "citizen",
            (
                "Citizen of this country",
                "Ciudadano/a de este país",
                "Citoyen(ne) de ce pays",
                "Cidadão/ã deste país",
                "مواطن في هذا البلد",
            ),
        ),
        (
            "permanent",
            (
                "Permanent resident",
                "Residente permanente",
                "Résident(e) permanent(e)",
                "Residente permanente",
                "مقيم دائم",
            ),
        ),
        (
            "temporary",
            (
                "Temporary residence or visa",
                "Residencia temporal o visa",
                "Séjour temporaire ou visa",
                "Residência temporária ou visto",
                "إقامة مؤقتة أو تأشيرة",
            ),
        ),
        (
            "protection",
            (
                "Refugee or asylum seeker",
                "Refugiado/a o solicitante de asilo",
                "Réfugié(e) ou demandeur(se) d'asile",
                "Refugiado/a ou solicitante de refúgio",
                "لاجئ أو طالب لجوء",
            ),
        ),
        (
            "no_documents",
            (
                "No residence documents at the moment",
                "Sin documentos de residencia por ahora",
                "Sans titre de séjour pour le moment",
                "Sem documentos de residência no momento",
                "بلا وثائق إقامة حاليًا",
            ),
        ),
        ("other", OTHER),
    ],
    "visits": [
        ("never", ("Never", "Nunca", "Jamais", "Nunca", "أبدًا")),
        ("once", ("Once", "Una vez", "Une fois", "Uma vez", "مرة واحدة")),
        (
            "two_four",
            (
                "2 to 4 times",
                "De 2 a 4 veces",
                "De 2 à 4 fois",
                "De 2 a 4 vezes",
                "من 2 إلى 4 مرات",
            ),
        ),
        (
            "five_plus",
            (
                "5 times or more",
                "5 veces o más",
                "5 fois ou plus",
                "5 vezes ou mais",
                "5 مرات أو أكثر",
            ),
        ),
    ],
    "return_intention": [
        (
            "yes_5y",
            (
                "Yes, within the next 5 years",
                "Sí, en los próximos 5 años",
                "Oui, dans les 5 prochaines années",
                "Sim, nos próximos 5 anos",
                "نعم، خلال السنوات الخمس القادمة",
            ),
        ),
        (
            "yes_later",
            ("Yes, some day", "Sí, algún día", "Oui, un jour", "Sim, algum dia", "نعم، يومًا ما"),
        ),
        ("no", ("No", "No", "Non", "Não", "لا")),
        (
            "undecided",
            ("Undecided", "No lo ha decidido", "Indécis(e)", "Não decidiu", "لم أقرر بعد"),
        ),
    ],
    "education": [
        (
            "none",
            (
                "No formal education",
                "Sin educación formal",
                "Aucune scolarité",
                "Sem educação formal",
                "بلا تعليم نظامي",
            ),
        ),
        (
            "primary",
            ("Primary", "Primaria", "Primaire", "Ensino fundamental (anos iniciais)", "ابتدائي"),
        ),
        (
            "lower_secondary",
            (
                "Lower secondary",
                "Secundaria básica",
                "Secondaire premier cycle",
                "Ensino fundamental (anos finais)",
                "إعدادي / متوسط",
            ),
        ),
        (
            "upper_secondary",
            (
                "Upper secondary",
                "Secundaria completa / bachillerato",
                "Secondaire second cycle",
                "Ensino médio",
                "ثانوي",
            ),
        ),
        (
            "vocational",
            (
                "Vocational or technical post-secondary",
                "Técnica o tecnológica postsecundaria",
                "Formation professionnelle ou technique post-secondaire",
                "Técnico ou profissionalizante pós-médio",
                "تعليم مهني أو تقني بعد الثانوي",
            ),
        ),
        (
            "bachelor",
            (
                "Bachelor's or equivalent",
                "Licenciatura o equivalente",
                "Licence ou équivalent",
                "Graduação ou equivalente",
                "بكالوريوس أو ما يعادله",
            ),
        ),
        (
            "master",
            (
                "Master's or equivalent",
                "Maestría o equivalente",
                "Master ou équivalent",
                "Mestrado ou equivalente",
                "ماجستير أو ما يعادله",
            ),
        ),
        ("doctorate", ("Doctorate", "Doctorado", "Doctorat", "Doutorado", "دكتوراه")),
    ],
    "field": [
        ("education", ("Education", "Educación", "Éducation", "Educação", "التربية والتعليم")),
        (
            "arts",
            (
                "Arts and humanities",
                "Artes y humanidades",
                "Arts et lettres",
                "Artes e humanidades",
                "الفنون والعلوم الإنسانية",
            ),
        ),
        (
            "social",
            (
                "Social sciences, journalism",
                "Ciencias sociales, periodismo",
                "Sciences sociales, journalisme",
                "Ciências sociais, jornalismo",
                "العلوم الاجتماعية والصحافة",
            ),
        ),
        (
            "business",
            (
                "Business, administration, law",
                "Negocios, administración, derecho",
                "Commerce, administration, droit",
                "Negócios, administração, direito",
                "إدارة الأعمال والإدارة والقانون",
            ),
        ),
        (
            "science",
            (
                "Natural sciences, mathematics",
                "Ciencias naturales, matemáticas",
                "Sciences naturelles, mathématiques",
                "Ciências naturais, matemática",
                "العلوم الطبيعية والرياضيات",
            ),
        ),
        (
            "ict",
            (
                "Information and communication technologies",
                "Tecnologías de la información y la comunicación",
                "Technologies de l'information et de la communication",
                "Tecnologias da informação e comunicação",
                "تكنولوجيا المعلومات والاتصالات",
            ),
        ),
        (
            "engineering",
            (
                "Engineering, manufacturing, construction",
                "Ingeniería, industria, construcción",
                "Ingénierie, industrie, construction",
                "Engenharia, produção, construção",
                "الهندسة والصناعة والبناء",
            ),
        ),
        (
            "agriculture",
            (
                "Agriculture, forestry, fisheries",
                "Agricultura, silvicultura, pesca",
                "Agriculture, sylviculture, pêche",
                "Agricultura, silvicultura, pesca",
                "الزراعة والغابات ومصايد الأسماك",
            ),
        ),
        (
            "health",
            (
                "Health and welfare",
                "Salud y bienestar",
                "Santé et protection sociale",
                "Saúde e bem-estar",
                "الصحة والرعاية",
            ),
        ),
        (
            "services",
            (
                "Services (tourism, transport, security)",
                "Servicios (turismo, transporte, seguridad)",
                "Services (tourisme, transport, sécurité)",
                "Serviços (turismo, transporte, segurança)",
                "الخدمات (السياحة والنقل والأمن)",
            ),
        ),
        ("other", OTHER),
    ],
    "work_status": [
        ("employee", ("Employee", "Empleado/a", "Salarié(e)", "Empregado/a", "موظف")),
        (
            "self_employed",
            (
                "Self-employed or business owner",
                "Por cuenta propia o dueño/a de negocio",
                "Indépendant(e) ou chef d'entreprise",
                "Autônomo/a ou dono/a de negócio",
                "أعمل لحسابي الخاص أو صاحب عمل",
            ),
        ),
        (
            "unemployed",
            (
                "Unemployed, looking for work",
                "Desempleado/a, buscando trabajo",
                "Au chômage, en recherche d'emploi",
                "Desempregado/a, procurando trabalho",
                "عاطل عن العمل وأبحث عن عمل",
            ),
        ),
        ("student", ("Student", "Estudiante", "Étudiant(e)", "Estudante", "طالب")),
        ("retired", ("Retired", "Jubilado/a", "Retraité(e)", "Aposentado/a", "متقاعد")),
        (
            "home",
            (
                "Looking after home or family",
                "Dedicado/a al hogar o a la familia",
                "Au foyer",
                "Cuidando da casa ou da família",
                "أعتني بالمنزل أو الأسرة",
            ),
        ),
        ("other", OTHER),
    ],
    "sector": [
        (
            "agriculture",
            (
                "Agriculture, fishing, mining",
                "Agricultura, pesca, minería",
                "Agriculture, pêche, mines",
                "Agricultura, pesca, mineração",
                "الزراعة والصيد والتعدين",
            ),
        ),
        (
            "manufacturing",
            (
                "Manufacturing",
                "Industria manufacturera",
                "Industrie manufacturière",
                "Indústria de transformação",
                "الصناعة التحويلية",
            ),
        ),
        ("construction", ("Construction", "Construcción", "Construction", "Construção", "البناء")),
        ("trade", ("Trade and retail", "Comercio", "Commerce", "Comércio", "التجارة")),
        (
            "transport",
            (
                "Transport and logistics",
                "Transporte y logística",
                "Transport et logistique",
                "Transporte e logística",
                "النقل والخدمات اللوجستية",
            ),
        ),
        (
            "hospitality",
            (
                "Hotels and restaurants",
                "Hoteles y restaurantes",
                "Hôtellerie et restauration",
                "Hotéis e restaurantes",
                "الفنادق والمطاعم",
            ),
        ),
        (
            "ict",
            (
                "Information technology and communication",
                "Tecnología de la información y comunicaciones",
                "Informatique et communication",
                "Tecnologia da informação e comunicação",
                "تكنولوجيا المعلومات والاتصالات",
            ),
        ),
        (
            "finance",
            (
                "Finance and insurance",
                "Finanzas y seguros",
                "Finance et assurance",
                "Finanças e seguros",
                "المالية والتأمين",
            ),
        ),
        (
            "public",
            (
                "Public administration",
                "Administración pública",
                "Administration publique",
                "Administração pública",
                "الإدارة العامة",
            ),
        ),
        ("education", ("Education", "Educación", "Enseignement", "Educação", "التعليم")),
        (
            "health",
            (
                "Health and social care",
                "Salud y asistencia social",
                "Santé et action sociale",
                "Saúde e assistência social",
                "الصحة والرعاية الاجتماعية",
            ),
        ),
        (
            "domestic",
            (
                "Domestic and care work in households",
                "Trabajo doméstico y de cuidados en hogares",
                "Travail domestique et aide à domicile",
                "Trabalho doméstico e de cuidados em residências",
                "العمل المنزلي والرعاية في المنازل",
            ),
        ),
        ("other", OTHER),
    ],
    "languages": [
        ("en", ("English", "Inglés", "Anglais", "Inglês", "الإنجليزية")),
        ("es", ("Spanish", "Español", "Espagnol", "Espanhol", "الإسبانية")),
        ("fr", ("French", "Francés", "Français", "Francês", "الفرنسية")),
        ("pt", ("Portuguese", "Portugués", "Portugais", "Português", "البرتغالية")),
        ("ar", ("Arabic", "Árabe", "Arabe", "Árabe", "العربية")),
        (
            "origin_other",
            (
                "Another language of {origin}",
                "Otra lengua de {origin}",
                "Une autre langue de {origin}",
                "Outra língua de {origin}",
                "لغة أخرى من لغات {origin}",
            ),
        ),
        ("other", OTHER),
    ],
    "recognition": [
        (
            "full",
            (
                "Yes, fully recognised",
                "Sí, reconocidos totalmente",
                "Oui, entièrement reconnus",
                "Sim, totalmente reconhecidos",
                "نعم، معترف بها بالكامل",
            ),
        ),
        (
            "partial",
            (
                "Partly recognised",
                "Reconocidos en parte",
                "Partiellement reconnus",
                "Reconhecidos em parte",
                "معترف بها جزئيًا",
            ),
        ),
        (
            "refused",
            (
                "No, recognition was refused",
                "No, se negó el reconocimiento",
                "Non, la reconnaissance a été refusée",
                "Não, o reconhecimento foi negado",
                "لا، رُفض الاعتراف بها",
            ),
        ),
        (
            "pending",
            (
                "Application in progress",
                "Trámite en curso",
                "Demande en cours",
                "Pedido em andamento",
                "الطلب قيد المعالجة",
            ),
        ),
        (
            "not_applied",
            (
                "Never applied",
                "Nunca lo solicitó",
                "Jamais demandé",
                "Nunca solicitou",
                "لم أتقدم بطلب قط",
            ),
        ),
        (
            "not_needed",
            (
                "Not needed (studied here or no qualification)",
                "No es necesario (estudió aquí o no tiene títulos)",
                "Pas nécessaire (études faites ici ou pas de diplôme)",
                "Não é necessário (estudou aqui ou não tem diploma)",
                "غير ضروري (درست هنا أو لا أحمل مؤهلًا)",
            ),
        ),
    ],
    "frequency_send": [
        (
            "monthly",
            (
                "Every month or more often",
                "Cada mes o con más frecuencia",
                "Chaque mois ou plus souvent",
                "Todo mês ou com mais frequência",
                "كل شهر أو أكثر",
            ),
        ),
        (
            "quarterly",
            (
                "Every 2 to 3 months",
                "Cada 2 o 3 meses",
                "Tous les 2 ou 3 mois",
                "A cada 2 ou 3 meses",
                "كل شهرين أو ثلاثة",
            ),
        ),
        (
            "few_year",
            (
                "2 or 3 times a year",
                "2 o 3 veces al año",
                "2 ou 3 fois par an",
                "2 ou 3 vezes por ano",
                "مرتين أو ثلاث مرات في السنة",
            ),
        ),
        (
            "yearly",
            (
                "Once a year or less",
                "Una vez al año o menos",
                "Une fois par an ou moins",
                "Uma vez por ano ou menos",
                "مرة في السنة أو أقل",
            ),
        ),
    ],
    "amount_band": [
        ("lt100", ("Less than 100", "Menos de 100", "Moins de 100", "Menos de 100", "أقل من 100")),
        (
            "100_499",
            ("100 to 499", "De 100 a 499", "De 100 à 499", "De 100 a 499", "من 100 إلى 499"),
        ),
        (
            "500_999",
            ("500 to 999", "De 500 a 999", "De 500 à 999", "De 500 a 999", "من 500 إلى 999"),
        ),
        (
            "1000_4999",
            (
                "1,000 to 4,999",
                "De 1.000 a 4.999",
                "De 1 000 à 4 999",
                "De 1.000 a 4.999",
                "من 1000 إلى 4999",
            ),
        ),
        (
            "5000_plus",
            ("5,000 or more", "5.000 o más", "5 000 ou plus", "5.000 ou mais", "5000 أو أكثر"),
        ),
        ("dont_know", ("Don't know", "No sabe", "Ne sait pas", "Não sabe", "لا أعرف")),
    ],
    "remit_channel": [
        (
            "bank",
            (
                "Bank transfer",
                "Transferencia bancaria",
                "Virement bancaire",
                "Transferência bancária",
                "تحويل مصرفي",
            ),
        ),
        (
            "mto",
            (
                "Money transfer company (e.g. Western Union)",
                "Empresa de envío de dinero (p. ej. Western Union)",
                "Société de transfert d'argent (p. ex. Western Union)",
                "Empresa de remessas (p. ex. Western Union)",
                "شركة تحويل أموال (مثل ويسترن يونيون)",
            ),
        ),
        (
            "mobile",
            (
                "Mobile money or app",
                "Dinero móvil o aplicación",
                "Mobile money ou application",
                "Dinheiro móvel ou aplicativo",
                "المحفظة الإلكترونية أو تطبيق",
            ),
        ),
        (
            "post",
            ("Post office", "Oficina de correos", "Bureau de poste", "Correios", "مكتب البريد"),
        ),
        (
            "hand",
            (
                "Cash carried by me or someone I know",
                "Efectivo llevado por mí o por un conocido",
                "Espèces apportées par moi ou une connaissance",
                "Dinheiro levado por mim ou por um conhecido",
                "نقدًا أحمله أنا أو شخص أعرفه",
            ),
        ),
        (
            "informal",
            (
                "Informal agent",
                "Agente informal",
                "Agent informel",
                "Agente informal",
                "وسيط غير رسمي",
            ),
        ),
        (
            "crypto",
            ("Cryptocurrency", "Criptomoneda", "Cryptomonnaie", "Criptomoeda", "عملة مشفرة"),
        ),
        ("other", OTHER),
    ],
    "remit_purpose": [
        (
            "consumption",
            (
                "Daily household needs",
                "Gastos diarios del hogar",
                "Besoins quotidiens du ménage",
                "Despesas diárias da casa",
                "الاحتياجات اليومية للأسرة",
            ),
        ),
        ("education", ("Education", "Educación", "Éducation", "Educação", "التعليم")),
        ("health", ("Health care", "Salud", "Soins de santé", "Saúde", "الرعاية الصحية")),
        (
            "housing",
            (
                "Housing or construction",
                "Vivienda o construcción",
                "Logement ou construction",
                "Moradia ou construção",
                "السكن أو البناء",
            ),
        ),
        (
            "business",
            ("A business", "Un negocio", "Une activité économique", "Um negócio", "مشروع تجاري"),
        ),
        ("savings", ("Savings", "Ahorro", "Épargne", "Poupança", "الادخار")),
        (
            "debt",
            (
                "Paying debts",
                "Pago de deudas",
                "Remboursement de dettes",
                "Pagamento de dívidas",
                "سداد الديون",
            ),
        ),
        (
            "events",
            (
                "Celebrations or funerals",
                "Celebraciones o funerales",
                "Fêtes ou funérailles",
                "Celebrações ou funerais",
                "المناسبات أو الجنازات",
            ),
        ),
        ("other", OTHER),
    ],
    "invest_type": [
        (
            "savings_account",
            (
                "Savings account",
                "Cuenta de ahorro",
                "Compte d'épargne",
                "Conta poupança",
                "حساب توفير",
            ),
        ),
        (
            "property",
            (
                "Land or housing",
                "Terreno o vivienda",
                "Terrain ou logement",
                "Terreno ou imóvel",
                "أرض أو مسكن",
            ),
        ),
        (
            "own_business",
            (
                "My own business",
                "Negocio propio",
                "Ma propre entreprise",
                "Negócio próprio",
                "مشروعي الخاص",
            ),
        ),
        (
            "shares",
            (
                "Shares in someone else's business",
                "Participación en el negocio de otra persona",
                "Parts dans l'entreprise de quelqu'un d'autre",
                "Participação no negócio de outra pessoa",
                "حصص في مشروع شخص آخر",
            ),
        ),
        (
            "bonds",
            (
                "Government or diaspora bonds",
                "Bonos del Estado o de la diáspora",
                "Obligations d'État ou de la diaspora",
                "Títulos do governo ou da diáspora",
                "سندات حكومية أو سندات المغتربين",
            ),
        ),
        (
            "farm",
            (
                "Agriculture or livestock",
                "Agricultura o ganadería",
                "Agriculture ou élevage",
                "Agricultura ou pecuária",
                "الزراعة أو الثروة الحيوانية",
            ),
        ),
        ("other", OTHER),
    ],
    "invest_obstacles": [
        ("corruption", ("Corruption", "Corrupción", "Corruption", "Corrupção", "الفساد")),
        (
            "bureaucracy",
            (
                "Bureaucracy and paperwork",
                "Burocracia y trámites",
                "Bureaucratie et démarches",
                "Burocracia e papelada",
                "البيروقراطية والإجراءات",
            ),
        ),
        (
            "information",
            (
                "Lack of information",
                "Falta de información",
                "Manque d'information",
                "Falta de informação",
                "نقص المعلومات",
            ),
        ),
        (
            "trust",
            (
                "Lack of trust in banks or institutions",
                "Falta de confianza en bancos o instituciones",
                "Manque de confiance dans les banques ou les institutions",
                "Falta de confiança em bancos ou instituições",
                "عدم الثقة في المصارف أو المؤسسات",
            ),
        ),
        (
            "instability",
            (
                "Political or economic instability",
                "Inestabilidad política o económica",
                "Instabilité politique ou économique",
                "Instabilidade política ou econômica",
                "عدم الاستقرار السياسي أو الاقتصادي",
            ),
        ),
        (
            "partners",
            (
                "No reliable partners",
                "Falta de socios confiables",
                "Pas de partenaires fiables",
                "Falta de parceiros confiáveis",
                "عدم وجود شركاء موثوقين",
            ),
        ),
        (
            "taxes",
            (
                "Taxes and fees",
                "Impuestos y tasas",
                "Impôts et taxes",
                "Impostos e taxas",
                "الضرائب والرسوم",
            ),
        ),
        ("none", NONE),
        ("other", OTHER),
    ],
    "trade_type": [
        (
            "import",
            (
                "I buy goods from {origin}",
                "Compro productos de {origin}",
                "J'achète des marchandises en provenance de {origin}",
                "Compro produtos de {origin}",
                "أشتري سلعًا من {origin}",
            ),
        ),
        (
            "export",
            (
                "I sell goods to {origin}",
                "Vendo productos a {origin}",
                "Je vends des marchandises vers {origin}",
                "Vendo produtos para {origin}",
                "أبيع سلعًا إلى {origin}",
            ),
        ),
        (
            "services",
            (
                "I provide or buy services",
                "Presto o compro servicios",
                "Je fournis ou j'achète des services",
                "Presto ou compro serviços",
                "أقدّم خدمات أو أشتريها",
            ),
        ),
    ],
    "donation_type": [
        (
            "hometown",
            (
                "Money to a hometown or community project",
                "Dinero para un proyecto de su localidad o comunidad",
                "De l'argent pour un projet de sa localité ou communauté",
                "Dinheiro para um projeto da sua cidade ou comunidade",
                "مال لمشروع في بلدتي أو مجتمعي",
            ),
        ),
        (
            "charity",
            (
                "Money to a charity or NGO",
                "Dinero a una organización benéfica u ONG",
                "De l'argent à une association caritative ou une ONG",
                "Dinheiro para uma instituição de caridade ou ONG",
                "مال لجمعية خيرية أو منظمة غير حكومية",
            ),
        ),
        (
            "religious",
            (
                "Money to a religious organisation",
                "Dinero a una organización religiosa",
                "De l'argent à une organisation religieuse",
                "Dinheiro para uma organização religiosa",
                "مال لمنظمة دينية",
            ),
        ),
        (
            "in_kind",
            (
                "Goods (clothes, equipment, medicine)",
                "Bienes (ropa, equipos, medicinas)",
                "Des biens (vêtements, équipement, médicaments)",
                "Bens (roupas, equipamentos, remédios)",
                "سلع (ملابس، معدات، أدوية)",
            ),
        ),
        (
            "emergency",
            (
                "Emergency or disaster relief",
                "Ayuda en emergencias o desastres",
                "Aide d'urgence ou en cas de catastrophe",
                "Ajuda em emergências ou desastres",
                "إغاثة في حالات الطوارئ أو الكوارث",
            ),
        ),
        ("other", OTHER),
    ],
    "assoc_type": [
        (
            "hometown",
            (
                "Hometown association",
                "Asociación de paisanos o de la localidad de origen",
                "Association de ressortissants d'une localité",
                "Associação de conterrâneos",
                "جمعية أبناء البلدة",
            ),
        ),
        (
            "professional",
            (
                "Professional or business association",
                "Asociación profesional o empresarial",
                "Association professionnelle ou d'entrepreneurs",
                "Associação profissional ou empresarial",
                "جمعية مهنية أو تجارية",
            ),
        ),
        (
            "cultural",
            (
                "Cultural or sports association",
                "Asociación cultural o deportiva",
                "Association culturelle ou sportive",
                "Associação cultural ou esportiva",
                "جمعية ثقافية أو رياضية",
            ),
        ),
        (
            "religious",
            (
                "Religious group",
                "Grupo religioso",
                "Groupe religieux",
                "Grupo religioso",
                "جماعة دينية",
            ),
        ),
        (
            "student",
            (
                "Student or alumni association",
                "Asociación de estudiantes o exalumnos",
                "Association d'étudiants ou d'anciens élèves",
                "Associação de estudantes ou ex-alunos",
                "جمعية طلاب أو خريجين",
            ),
        ),
        (
            "political",
            (
                "Political or advocacy group",
                "Grupo político o de incidencia",
                "Groupe politique ou de plaidoyer",
                "Grupo político ou de incidência",
                "مجموعة سياسية أو مناصرة",
            ),
        ),
        (
            "humanitarian",
            (
                "Humanitarian or development organisation",
                "Organización humanitaria o de desarrollo",
                "Organisation humanitaire ou de développement",
                "Organização humanitária ou de desenvolvimento",
                "منظمة إنسانية أو تنموية",
            ),
        ),
        ("other", OTHER),
    ],
    "assoc_role": [
        ("member", ("Member", "Miembro", "Membre", "Membro", "عضو")),
        ("volunteer", ("Volunteer", "Voluntario/a", "Bénévole", "Voluntário/a", "متطوع")),
        (
            "leader",
            (
                "Board member or leader",
                "Directivo/a o dirigente",
                "Membre du bureau ou dirigeant(e)",
                "Membro da diretoria ou dirigente",
                "عضو مجلس إدارة أو قيادي",
            ),
        ),
        ("founder", ("Founder", "Fundador/a", "Fondateur(rice)", "Fundador/a", "مؤسس")),
    ],
    "contact_frequency": [
        ("daily", ("Every day", "Todos los días", "Tous les jours", "Todos os dias", "كل يوم")),
        ("weekly", ("Every week", "Cada semana", "Chaque semaine", "Toda semana", "كل أسبوع")),
        ("monthly", ("Every month", "Cada mes", "Chaque mois", "Todo mês", "كل شهر")),
        (
            "few_year",
            (
                "A few times a year",
                "Algunas veces al año",
                "Quelques fois par an",
                "Algumas vezes por ano",
                "بضع مرات في السنة",
            ),
        ),
        (
            "rarely",
            (
                "Rarely or never",
                "Rara vez o nunca",
                "Rarement ou jamais",
                "Raramente ou nunca",
                "نادرًا أو أبدًا",
            ),
        ),
    ],
    "vote": [
        ("yes", ("Yes, I voted", "Sí, voté", "Oui, j'ai voté", "Sim, votei", "نعم، صوّت")),
        (
            "registered_no",
            (
                "Registered but did not vote",
                "Estaba inscrito/a pero no votó",
                "Inscrit(e) mais n'a pas voté",
                "Estava inscrito/a mas não votou",
                "مسجّل لكنني لم أصوّت",
            ),
        ),
        (
            "not_registered",
            (
                "Not registered",
                "No estaba inscrito/a",
                "Pas inscrit(e)",
                "Não estava inscrito/a",
                "غير مسجّل",
            ),
        ),
        (
            "not_eligible",
            (
                "Not allowed to vote",
                "No tenía derecho a votar",
                "Pas le droit de voter",
                "Não tinha direito a votar",
                "لا يحق لي التصويت",
            ),
        ),
    ],
    "advocacy": [
        (
            "petition",
            (
                "Signed a petition",
                "Firmó una petición",
                "Signé une pétition",
                "Assinou uma petição",
                "وقّعت على عريضة",
            ),
        ),
        (
            "official",
            (
                "Contacted an official or politician",
                "Contactó a un funcionario o político",
                "Contacté un(e) élu(e) ou un(e) responsable",
                "Contatou uma autoridade ou político",
                "تواصلت مع مسؤول أو سياسي",
            ),
        ),
        (
            "demonstration",
            (
                "Took part in a demonstration",
                "Participó en una manifestación",
                "Participé à une manifestation",
                "Participou de uma manifestação",
                "شاركت في مظاهرة",
            ),
        ),
        (
            "campaign",
            (
                "Took part in a campaign online or in the media",
                "Participó en una campaña en internet o en los medios",
                "Participé à une campagne en ligne ou dans les médias",
                "Participou de uma campanha na internet ou na mídia",
                "شاركت في حملة عبر الإنترنت أو في وسائل الإعلام",
            ),
        ),
        ("none", NONE),
    ],
    "attachment": [
        ("very_strong", ("Very strong", "Muy fuerte", "Très fort", "Muito forte", "قوي جدًا")),
        ("strong", ("Strong", "Fuerte", "Fort", "Forte", "قوي")),
        ("moderate", ("Moderate", "Moderado", "Modéré", "Moderado", "متوسط")),
        ("weak", ("Weak", "Débil", "Faible", "Fraco", "ضعيف")),
        ("none", ("None", "Ninguno", "Aucun", "Nenhum", "لا يوجد")),
    ],
    "identity": [
        (
            "origin_only",
            (
                "Only from {origin}",
                "Solo de {origin}",
                "Seulement de {origin}",
                "Só de {origin}",
                "من {origin} فقط",
            ),
        ),
        (
            "origin_more",
            (
                "More from {origin} than from here",
                "Más de {origin} que de aquí",
                "Plus de {origin} que d'ici",
                "Mais de {origin} do que daqui",
                "من {origin} أكثر من هنا",
            ),
        ),
        (
            "both",
            (
                "Both equally",
                "De ambos por igual",
                "Les deux à égalité",
                "Dos dois igualmente",
                "من كليهما بالتساوي",
            ),
        ),
        (
            "here_more",
            (
                "More from here than from {origin}",
                "Más de aquí que de {origin}",
                "Plus d'ici que de {origin}",
                "Mais daqui do que de {origin}",
                "من هنا أكثر من {origin}",
            ),
        ),
        (
            "here_only",
            ("Only from here", "Solo de aquí", "Seulement d'ici", "Só daqui", "من هنا فقط"),
        ),
    ],
    "transmit": [
        ("yes", ("Yes", "Sí", "Oui", "Sim", "نعم")),
        ("partly", ("Partly", "En parte", "En partie", "Em parte", "جزئيًا")),
        ("no", ("No", "No", "Non", "Não", "لا")),
        (
            "no_children",
            (
                "I have no children",
                "No tiene hijos",
                "Je n'ai pas d'enfants",
                "Não tem filhos",
                "ليس لدي أطفال",
            ),
        ),
    ],
    "cultural_activities": [
        (
            "celebrations",
            (
                "National or traditional celebrations",
                "Fiestas nacionales o tradicionales",
                "Fêtes nationales ou traditionnelles",
                "Festas nacionais ou tradicionais",
                "الاحتفالات الوطنية أو التقليدية",
            ),
        ),
        (
            "food",
            (
                "Cooking food from {origin}",
                "Cocinar comida de {origin}",
                "Cuisiner des plats de {origin}",
                "Cozinhar comida de {origin}",
                "طبخ أطعمة من {origin}",
            ),
        ),
        (
            "arts",
            (
                "Music, dance or arts",
                "Música, baile o artes",
                "Musique, danse ou arts",
                "Música, dança ou artes",
                "الموسيقى أو الرقص أو الفنون",
            ),
        ),
        (
            "religion",
            (
                "Religious activities",
                "Actividades religiosas",
                "Activités religieuses",
                "Atividades religiosas",
                "الأنشطة الدينية",
            ),
        ),
        (
            "media",
            (
                "Following media from {origin}",
                "Seguir medios de {origin}",
                "Suivre les médias de {origin}",
                "Acompanhar a mídia de {origin}",
                "متابعة وسائل إعلام {origin}",
            ),
        ),
        ("none", NONE),
    ],
    "willing": [
        ("yes", ("Yes", "Sí", "Oui", "Sim", "نعم")),
        ("maybe", ("Maybe", "Tal vez", "Peut-être", "Talvez", "ربما")),
        ("no", ("No", "No", "Non", "Não", "لا")),
    ],
    "contrib_sector": [
        ("education", ("Education", "Educación", "Éducation", "Educação", "التعليم")),
        ("health", ("Health", "Salud", "Santé", "Saúde", "الصحة")),
        (
            "business",
            (
                "Business and entrepreneurship",
                "Negocios y emprendimiento",
                "Entreprise et entrepreneuriat",
                "Negócios e empreendedorismo",
                "الأعمال وريادة الأعمال",
            ),
        ),
        ("agriculture", ("Agriculture", "Agricultura", "Agriculture", "Agricultura", "الزراعة")),
        ("ict", ("Technology", "Tecnología", "Technologies", "Tecnologia", "التكنولوجيا")),
        (
            "infrastructure",
            (
                "Infrastructure",
                "Infraestructura",
                "Infrastructures",
                "Infraestrutura",
                "البنية التحتية",
            ),
        ),
        (
            "culture",
            (
                "Culture and tourism",
                "Cultura y turismo",
                "Culture et tourisme",
                "Cultura e turismo",
                "الثقافة والسياحة",
            ),
        ),
        (
            "environment",
            (
                "Environment and climate",
                "Medio ambiente y clima",
                "Environnement et climat",
                "Meio ambiente e clima",
                "البيئة والمناخ",
            ),
        ),
        (
            "governance",
            (
                "Governance and public administration",
                "Gobernanza y administración pública",
                "Gouvernance et administration publique",
                "Governança e administração pública",
                "الحوكمة والإدارة العامة",
            ),
        ),
        ("other", OTHER),
    ],
    "contrib_mode": [
        (
            "skills",
            (
                "Transferring skills or knowledge",
                "Transferir habilidades o conocimientos",
                "Transférer des compétences ou des connaissances",
                "Transferir habilidades ou conhecimentos",
                "نقل المهارات أو المعارف",
            ),
        ),
        ("mentoring", ("Mentoring", "Mentoría", "Mentorat", "Mentoria", "الإرشاد")),
        ("investment", ("Investing", "Invertir", "Investir", "Investir", "الاستثمار")),
        (
            "temporary_return",
            (
                "Returning temporarily for a project",
                "Regresar temporalmente para un proyecto",
                "Revenir temporairement pour un projet",
                "Voltar temporariamente para um projeto",
                "العودة المؤقتة للمشاركة في مشروع",
            ),
        ),
        (
            "virtual_return",
            (
                "Working remotely for institutions in {origin}",
                "Trabajar a distancia para instituciones de {origin}",
                "Travailler à distance pour des institutions de {origin}",
                "Trabalhar a distância para instituições de {origin}",
                "العمل عن بُعد لصالح مؤسسات في {origin}",
            ),
        ),
        (
            "permanent_return",
            (
                "Returning permanently",
                "Regresar de forma permanente",
                "Revenir définitivement",
                "Voltar definitivamente",
                "العودة الدائمة",
            ),
        ),
        (
            "donations",
            (
                "Donations and philanthropy",
                "Donaciones y filantropía",
                "Dons et philanthropie",
                "Doações e filantropia",
                "التبرعات والعمل الخيري",
            ),
        ),
        (
            "networking",
            (
                "Connecting people and organisations",
                "Conectar personas y organizaciones",
                "Mettre en relation des personnes et des organisations",
                "Conectar pessoas e organizações",
                "ربط الأشخاص والمنظمات",
            ),
        ),
    ],
    "barriers": [
        (
            "information",
            (
                "Lack of information on how to help",
                "Falta de información sobre cómo ayudar",
                "Manque d'information sur la manière d'aider",
                "Falta de informação sobre como ajudar",
                "نقص المعلومات عن كيفية المساعدة",
            ),
        ),
        (
            "time",
            ("Lack of time", "Falta de tiempo", "Manque de temps", "Falta de tempo", "ضيق الوقت"),
        ),
        (
            "trust",
            (
                "Lack of trust in institutions",
                "Falta de confianza en las instituciones",
                "Manque de confiance dans les institutions",
                "Falta de confiança nas instituições",
                "عدم الثقة في المؤسسات",
            ),
        ),
        (
            "security",
            (
                "Security situation",
                "Situación de seguridad",
                "Situation sécuritaire",
                "Situação de segurança",
                "الوضع الأمني",
            ),
        ),
        (
            "bureaucracy",
            ("Bureaucracy", "Burocracia", "Bureaucratie", "Burocracia", "البيروقراطية"),
        ),
        ("costs", ("Costs", "Costos", "Coûts", "Custos", "التكاليف")),
        (
            "contacts",
            (
                "No contacts in {origin}",
                "No tiene contactos en {origin}",
                "Pas de contacts en lien avec {origin}",
                "Não tem contatos {in_origin}",
                "لا توجد لدي علاقات في {origin}",
            ),
        ),
        ("none", NONE),
        ("other", OTHER),
    ],
    "expectations": [
        (
            "consular",
            (
                "Better consular services",
                "Mejores servicios consulares",
                "De meilleurs services consulaires",
                "Melhores serviços consulares",
                "خدمات قنصلية أفضل",
            ),
        ),
        (
            "information",
            (
                "Information on opportunities",
                "Información sobre oportunidades",
                "De l'information sur les opportunités",
                "Informações sobre oportunidades",
                "معلومات عن الفرص",
            ),
        ),
        (
            "incentives",
            (
                "Incentives to invest",
                "Incentivos para invertir",
                "Des incitations à investir",
                "Incentivos para investir",
                "حوافز للاستثمار",
            ),
        ),
        (
            "recognition",
            (
                "Recognition of qualifications",
                "Reconocimiento de títulos",
                "La reconnaissance des diplômes",
                "Reconhecimento de diplomas",
                "الاعتراف بالمؤهلات",
            ),
        ),
        (
            "vote",
            (
                "Voting from abroad",
                "Voto desde el exterior",
                "Le vote depuis l'étranger",
                "Voto no exterior",
                "التصويت من الخارج",
            ),
        ),
        (
            "dual_citizenship",
            (
                "Dual citizenship",
                "Doble nacionalidad",
                "La double nationalité",
                "Dupla cidadania",
                "ازدواج الجنسية",
            ),
        ),
        (
            "return_support",
            (
                "Support to return",
                "Apoyo para el retorno",
                "Un soutien au retour",
                "Apoio para o retorno",
                "دعم العودة",
            ),
        ),
        (
            "pensions",
            (
                "Transfer of pensions and social security",
                "Traspaso de pensiones y seguridad social",
                "Le transfert des retraites et de la sécurité sociale",
                "Transferência de aposentadorias e previdência",
                "نقل المعاشات والضمان الاجتماعي",
            ),
        ),
        ("other", OTHER),
    ],
    "channels": [
        (
            "consulate",
            (
                "Embassy or consulate",
                "Embajada o consulado",
                "Ambassade ou consulat",
                "Embaixada ou consulado",
                "السفارة أو القنصلية",
            ),
        ),
        (
            "gov_web",
            (
                "Government websites",
                "Sitios web del gobierno",
                "Sites web du gouvernement",
                "Sites do governo",
                "المواقع الحكومية",
            ),
        ),
        (
            "social_media",
            (
                "Social media",
                "Redes sociales",
                "Réseaux sociaux",
                "Redes sociais",
                "وسائل التواصل الاجتماعي",
            ),
        ),
        (
            "messaging",
            (
                "Messaging groups (WhatsApp, Telegram...)",
                "Grupos de mensajería (WhatsApp, Telegram...)",
                "Groupes de messagerie (WhatsApp, Telegram...)",
                "Grupos de mensagens (WhatsApp, Telegram...)",
                "مجموعات المراسلة (واتساب، تيليغرام...)",
            ),
        ),
        (
            "associations",
            (
                "Diaspora associations",
                "Asociaciones de la diáspora",
                "Associations de la diaspora",
                "Associações da diáspora",
                "جمعيات المغتربين",
            ),
        ),
        (
            "diaspora_media",
            (
                "Diaspora radio, TV or newspapers",
                "Radio, televisión o periódicos de la diáspora",
                "Radio, télévision ou journaux de la diaspora",
                "Rádio, TV ou jornais da diáspora",
                "إذاعة أو تلفزيون أو صحف المغتربين",
            ),
        ),
        (
            "email",
            (
                "E-mail newsletters",
                "Boletines por correo electrónico",
                "Lettres d'information par courriel",
                "Boletins por e-mail",
                "النشرات عبر البريد الإلكتروني",
            ),
        ),
        (
            "family",
            (
                "Family and friends",
                "Familia y amigos",
                "Famille et amis",
                "Família e amigos",
                "العائلة والأصدقاء",
            ),
        ),
        ("other", OTHER),
    ],
    "messaging_app": [
        ("whatsapp", ("WhatsApp", "WhatsApp", "WhatsApp", "WhatsApp", "واتساب")),
        ("telegram", ("Telegram", "Telegram", "Telegram", "Telegram", "تيليغرام")),
        ("signal", ("Signal", "Signal", "Signal", "Signal", "سيغنال")),
        (
            "sms",
            (
                "Text message (SMS)",
                "Mensaje de texto (SMS)",
                "SMS",
                "Mensagem de texto (SMS)",
                "رسالة نصية قصيرة",
            ),
        ),
        ("email", ("E-mail", "Correo electrónico", "Courriel", "E-mail", "البريد الإلكتروني")),
        (
            "call",
            (
                "Phone call",
                "Llamada telefónica",
                "Appel téléphonique",
                "Ligação telefônica",
                "مكالمة هاتفية",
            ),
        ),
    ],
}


def _iso_list(filename: str, list_name: str) -> list[Row]:
    rows = []
    with (DATA / filename).open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            labels = tuple(record[f"label::{LANGUAGE_COLUMNS[x]}"] for x in LANGUAGES)
            en, es, fr, pt, ar = labels
            rows.append(choice(list_name, record["name"], (en, es, fr, pt, ar)))
    rows.append(choice(list_name, "pna", PNA))
    return rows


def choices() -> Sheet:
    rows: Sheet = []
    for list_name, options in LISTS.items():
        for code, label in options:
            rows.append(choice(list_name, code, o(label)))
        if list_name not in {"yes_no", "mode", "interview_language", "recruitment"}:
            rows.append(choice(list_name, "pna", PNA))
    rows.append(choice("yes_no_pna", "yes", LISTS["yes_no"][0][1]))
    rows.append(choice("yes_no_pna", "no", LISTS["yes_no"][1][1]))
    rows.append(choice("yes_no_pna", "pna", PNA))
    rows += _iso_list("iso3166_countries.csv", "country")
    rows += _iso_list("iso4217_currencies.csv", "currency")
    return rows


PROCEED = "${proceed} = 1"


def one(list_name: str, name: str, label: T, relevant: str = "", **cols: str) -> Row:
    return row(f"select_one {list_name}", name, o(label), relevant=relevant, **cols)


def many(list_name: str, name: str, label: T, relevant: str = "", **cols: str) -> Row:
    """select_multiple where "prefer not to answer" must be the only choice ticked."""
    return row(
        f"select_multiple {list_name}",
        name,
        o(label),
        relevant=relevant,
        constraint="not(selected(., 'pna') and count-selected(.) > 1)",
        constraint_message=PNA_ALONE,
        **cols,
    )


THIS_YEAR: T = ("this year", "este año", "cette année", "este ano", "السنة الحالية")


def number(name: str, label: T, low: int, high: int | None, relevant: str = "") -> Row:
    """Integer in [low, high] (high None = the current year) or -99 = prefer not to answer."""
    upper = "format-date(today(), '%Y')" if high is None else str(high)
    message = tuple(
        m.replace("{low}", str(low)).replace("{high}", str(high) if high is not None else y)
        for m, y in zip(NUMBER_RANGE, THIS_YEAR, strict=True)
    )
    en, es, fr, pt, ar = message
    return row(
        "integer",
        name,
        o(label),
        hint=PNA_HINT,
        relevant=relevant,
        constraint=f"(. >= {low} and . <= {upper}) or . = -99",
        constraint_message=(en, es, fr, pt, ar),
    )


def text(name: str, label: T, relevant: str = "", **cols: str) -> Row:
    return row("text", name, o(label), hint=PNA_HINT, relevant=relevant, **cols)


def group(name: str, label: T, relevant: str = PROCEED) -> Row:
    return row("begin_group", name, o(label), relevant=relevant)


def end_group() -> Row:
    return row("end_group", "")


def note(name: str, label: T, relevant: str = "") -> Row:
    return row("note", name, o(label), relevant=relevant)


def survey() -> Sheet:
    rows: Sheet = [row("start", "start"), row("end", "end"), row("today", "today")]
    for setting, values in ORIGIN.items():
        for lang, value in zip(LANGUAGES, values, strict=True):
            rows.append(
                row(
                    "calculate",
                    f"{setting}_{lang}",
                    calculation=xpath_literal(value),
                    adaptation_note=setting_note(setting, lang),
                )
            )
    rows.append(
        row(
            "calculate",
            "origin_iso",
            calculation="'ECU'",
            adaptation_note="EDIT: ISO 3166-1 alpha-3 code of the origin country",
        )
    )
    rows += _module_0_admin() + _module_1_screening() + _module_2_profile()
    rows += _module_3_migration() + _module_4_human() + _module_5_economic()
    rows += _module_6_social() + _module_7_cultural() + _module_8_engagement()
    rows += _module_9_communication() + _module_10_recontact()
    return rows


def _module_0_admin() -> Sheet:
    return [
        group(
            "interview",
            ("Interview", "Entrevista", "Entretien", "Entrevista", "المقابلة"),
            relevant="",
        ),
        one(
            "mode",
            "interview_mode",
            (
                "Interview mode",
                "Modalidad de la entrevista",
                "Mode d'entretien",
                "Modo da entrevista",
                "طريقة إجراء المقابلة",
            ),
            required="yes",
        ),
        one(
            "interview_language",
            "interview_language",
            (
                "Language of the interview",
                "Idioma de la entrevista",
                "Langue de l'entretien",
                "Idioma da entrevista",
                "لغة المقابلة",
            ),
            required="yes",
        ),
        one(
            "recruitment",
            "recruitment_channel",
            (
                "How was the respondent reached?",
                "¿Cómo se contactó a la persona?",
                "Comment la personne a-t-elle été contactée ?",
                "Como a pessoa foi contatada?",
                "كيف تم الوصول إلى المشارك؟",
            ),
            required="yes",
        ),
        row(
            "text",
            "referral_code_in",
            o(
                (
                    "Referral code the respondent received (on the coupon or message)",
                    "Código de referencia que recibió la persona (en el cupón o mensaje)",
                    "Code de parrainage reçu par la personne (sur le coupon ou le message)",
                    "Código de indicação que a pessoa recebeu (no cupom ou mensagem)",
                    "رمز الإحالة الذي تلقاه المشارك (على القسيمة أو في الرسالة)",
                )
            ),
            relevant="${recruitment_channel} = 'referral'",
            constraint="regex(., '^[A-Za-z0-9-]{4,16}$')",
            constraint_message=(
                "Use the 4-16 letters or digits printed on the coupon.",
                "Use las 4 a 16 letras o cifras impresas en el cupón.",
                "Utilisez les 4 à 16 lettres ou chiffres imprimés sur le coupon.",
                "Use as 4 a 16 letras ou números impressos no cupom.",
                "استخدم الأحرف أو الأرقام المطبوعة على القسيمة (من 4 إلى 16).",
            ),
        ),
        # Respondent-driven sampling: this respondent's own code, to hand on to peers.
        row("calculate", "referral_code_out", calculation="once(substr(uuid(), 0, 8))"),
        end_group(),
    ]


def _module_1_screening() -> Sheet:
    not_yet = "${elig_born} != 'yes' and ${elig_parent} != 'yes'"
    return [
        group(
            "screening",
            (
                "1. Screening and consent",
                "1. Selección y consentimiento",
                "1. Éligibilité et consentement",
                "1. Triagem e consentimento",
                "1. الأهلية والموافقة",
            ),
            relevant="",
        ),
        one(
            "yes_no",
            "adult",
            (
                "Are you 18 years old or older?",
                "¿Tiene 18 años o más?",
                "Avez-vous 18 ans ou plus ?",
                "Você tem 18 anos ou mais?",
                "هل عمرك 18 سنة أو أكثر؟",
            ),
            required="yes",
        ),
        one(
            "yes_no_pna",
            "elig_born",
            (
                "Were you born {in_origin}?",
                "¿Nació {in_origin}?",
                "Êtes-vous né(e) {in_origin} ?",
                "Você nasceu {in_origin}?",
                "هل وُلدت {in_origin}؟",
            ),
            relevant="${adult} = 'yes'",
            required="yes",
        ),
        one(
            "yes_no_pna",
            "elig_parent",
            (
                "Was at least one of your parents born {in_origin}?",
                "¿Al menos uno de sus padres nació {in_origin}?",
                "Au moins un de vos parents est-il né {in_origin} ?",
                "Pelo menos um dos seus pais nasceu {in_origin}?",
                "هل وُلد أحد والديك على الأقل {in_origin}؟",
            ),
            relevant="${adult} = 'yes' and ${elig_born} != 'yes'",
            required="yes",
        ),
        one(
            "yes_no_pna",
            "elig_identify",
            (
                "Do you consider yourself part of the diaspora of {origin}?",
                "¿Se considera parte de la diáspora de {origin}?",
                "Vous considérez-vous comme membre de la diaspora de {origin} ?",
                "Você se considera parte da diáspora de {origin}?",
                "هل تعتبر نفسك جزءًا من مغتربي {origin}؟",
            ),
            relevant=f"${{adult}} = 'yes' and {not_yet}",
            required="yes",
        ),
        row(
            "calculate",
            "eligible",
            calculation="if(${adult} = 'yes' and (${elig_born} = 'yes' or ${elig_parent} = 'yes' or ${elig_identify} = 'yes'), 1, 0)",
        ),
        note(
            "not_eligible_end",
            (
                "Thank you. This survey is for adults with roots {in_origin}, so the interview ends here.",
                "Gracias. Esta encuesta es para personas adultas con raíces {in_origin}, por lo que la entrevista termina aquí.",
                "Merci. Cette enquête s'adresse aux adultes ayant des racines {in_origin} ; l'entretien s'arrête donc ici.",
                "Obrigado. Esta pesquisa é para adultos com raízes {in_origin}, por isso a entrevista termina aqui.",
                "شكرًا لك. هذا الاستبيان موجّه للبالغين ذوي الأصول {in_origin}، لذا تنتهي المقابلة هنا.",
            ),
            relevant="${eligible} = 0 and (${adult} = 'no' or string-length(${elig_identify}) > 0)",
        ),
        note(
            "information_sheet",
            (
                'This survey maps the skills, links and plans of people with roots {in_origin} who live abroad, so that institutions can design better services and engagement programmes. It takes about 30 minutes. Taking part is voluntary; you can skip any question, choose "prefer not to answer", or stop at any time. Your answers are confidential, stored encrypted and reported only as statistics. Contact details, if you choose to give them at the end, are kept separately from your answers.',
                "Esta encuesta busca conocer las habilidades, los vínculos y los planes de las personas con raíces {in_origin} que viven en el exterior, para que las instituciones puedan diseñar mejores servicios y programas de vinculación. Dura unos 30 minutos. Su participación es voluntaria: puede saltar cualquier pregunta, elegir «prefiere no responder» o detenerse en cualquier momento. Sus respuestas son confidenciales, se guardan cifradas y solo se publican como estadísticas. Si al final decide dejar sus datos de contacto, se guardarán aparte de sus respuestas.",
                "Cette enquête recense les compétences, les liens et les projets des personnes ayant des racines {in_origin} qui vivent à l'étranger, afin que les institutions conçoivent de meilleurs services et programmes de mobilisation. Elle dure environ 30 minutes. La participation est volontaire : vous pouvez passer une question, choisir « préfère ne pas répondre » ou arrêter à tout moment. Vos réponses sont confidentielles, conservées chiffrées et publiées uniquement sous forme de statistiques. Si vous donnez vos coordonnées à la fin, elles seront conservées séparément de vos réponses.",
                'Esta pesquisa mapeia as habilidades, os vínculos e os planos das pessoas com raízes {in_origin} que vivem no exterior, para que as instituições possam criar melhores serviços e programas de engajamento. Ela leva cerca de 30 minutos. A participação é voluntária: você pode pular qualquer pergunta, escolher "prefere não responder" ou parar a qualquer momento. Suas respostas são confidenciais, guardadas de forma criptografada e divulgadas apenas como estatísticas. Se você deixar seus contatos no final, eles serão guardados separadamente das suas respostas.',
                "يهدف هذا الاستبيان إلى رصد مهارات وروابط وخطط الأشخاص ذوي الأصول {in_origin} المقيمين في الخارج، لكي تتمكن المؤسسات من تصميم خدمات وبرامج تواصل أفضل. يستغرق نحو 30 دقيقة. المشاركة طوعية: يمكنك تخطي أي سؤال أو اختيار «يفضّل عدم الإجابة» أو التوقف في أي وقت. إجاباتك سرية وتُحفظ مشفّرة ولا تُنشر إلا في شكل إحصاءات. وإذا اخترت ترك بيانات الاتصال في النهاية، فستُحفظ منفصلة عن إجاباتك.",
            ),
            relevant="${eligible} = 1",
        ),
        one(
            "yes_no",
            "consent",
            (
                "Do you agree to take part in this survey?",
                "¿Acepta participar en esta encuesta?",
                "Acceptez-vous de participer à cette enquête ?",
                "Você aceita participar desta pesquisa?",
                "هل توافق على المشاركة في هذا الاستبيان؟",
            ),
            relevant="${eligible} = 1",
            required="yes",
        ),
        note(
            "no_consent_end",
            (
                "Thank you for your time. The interview ends here: save and close the form.",
                "Gracias por su tiempo. La entrevista termina aquí: guarde y cierre el formulario.",
                "Merci pour votre temps. L'entretien s'arrête ici : enregistrez et fermez le formulaire.",
                "Obrigado pelo seu tempo. A entrevista termina aqui: salve e feche o formulário.",
                "شكرًا على وقتك. تنتهي المقابلة هنا: احفظ النموذج وأغلقه.",
            ),
            relevant="${consent} = 'no'",
        ),
        end_group(),
        row("calculate", "proceed", calculation="if(${eligible} = 1 and ${consent} = 'yes', 1, 0)"),
    ]


def _module_2_profile() -> Sheet:
    return [
        group("profile", ("2. Profile", "2. Perfil", "2. Profil", "2. Perfil", "2. الملف الشخصي")),
        number(
            "age",
            (
                "How old are you?",
                "¿Cuántos años tiene?",
                "Quel âge avez-vous ?",
                "Quantos anos você tem?",
                "كم عمرك؟",
            ),
            18,
            110,
        ),
        one(
            "sex",
            "sex",
            (
                "What is your sex?",
                "¿Cuál es su sexo?",
                "Quel est votre sexe ?",
                "Qual é o seu sexo?",
                "ما جنسك؟",
            ),
        ),
        one(
            "country",
            "residence_country",
            (
                "In which country do you live now?",
                "¿En qué país vive actualmente?",
                "Dans quel pays vivez-vous actuellement ?",
                "Em que país você mora atualmente?",
                "في أي بلد تقيم حاليًا؟",
            ),
            appearance="autocomplete",
        ),
        text(
            "residence_city",
            (
                "In which city or town do you live?",
                "¿En qué ciudad o localidad vive?",
                "Dans quelle ville ou localité vivez-vous ?",
                "Em que cidade você mora?",
                "في أي مدينة أو بلدة تقيم؟",
            ),
        ),
        many(
            "country",
            "citizenships",
            (
                "Which citizenships do you hold? Select all that apply.",
                "¿Qué nacionalidades tiene? Marque todas las que correspondan.",
                "Quelles nationalités avez-vous ? Cochez toutes les réponses qui s'appliquent.",
                "Quais cidadanias você tem? Marque todas as que se aplicam.",
                "ما الجنسيات التي تحملها؟ اختر كل ما ينطبق.",
            ),
            appearance="autocomplete",
        ),
        number(
            "household_size",
            (
                "How many people live in your household, including you?",
                "¿Cuántas personas viven en su hogar, incluyéndose usted?",
                "Combien de personnes vivent dans votre ménage, vous compris ?",
                "Quantas pessoas moram na sua casa, incluindo você?",
                "كم عدد الأشخاص الذين يعيشون في أسرتك المعيشية، بمن فيهم أنت؟",
            ),
            1,
            30,
        ),
        end_group(),
    ]


def _module_3_migration() -> Sheet:
    return [
        group(
            "migration",
            (
                "3. Migration history",
                "3. Historia migratoria",
                "3. Parcours migratoire",
                "3. Histórico migratório",
                "3. تاريخ الهجرة",
            ),
        ),
        number(
            "year_left",
            (
                "In which year did you leave {origin} to live abroad for the first time?",
                "¿En qué año salió de {origin} para vivir en el exterior por primera vez?",
                "En quelle année avez-vous quitté {origin} pour vivre à l'étranger pour la première fois ?",
                "Em que ano você saiu de {origin} para morar no exterior pela primeira vez?",
                "في أي سنة غادرت {origin} للعيش في الخارج لأول مرة؟",
            ),
            1940,
            None,
            relevant="${elig_born} = 'yes'",
        ),
        many(
            "reasons",
            "migration_reasons",
            (
                "What were the main reasons for leaving? Select all that apply.",
                "¿Cuáles fueron las principales razones para salir? Marque todas las que correspondan.",
                "Quelles ont été les principales raisons de votre départ ? Cochez toutes les réponses qui s'appliquent.",
                "Quais foram os principais motivos para sair? Marque todos os que se aplicam.",
                "ما الأسباب الرئيسية للمغادرة؟ اختر كل ما ينطبق.",
            ),
            relevant="${elig_born} = 'yes'",
        ),
        one(
            "legal_status",
            "legal_status",
            (
                "What is your current residence status in the country where you live?",
                "¿Cuál es su situación migratoria actual en el país donde vive?",
                "Quel est votre statut de séjour actuel dans le pays où vous vivez ?",
                "Qual é a sua situação migratória atual no país onde você mora?",
                "ما وضع إقامتك الحالي في البلد الذي تعيش فيه؟",
            ),
        ),
        one(
            "visits",
            "return_visits",
            (
                "In the last 5 years, how many times have you visited {origin}?",
                "En los últimos 5 años, ¿cuántas veces ha visitado {origin}?",
                "Au cours des 5 dernières années, combien de fois vous êtes-vous rendu(e) en visite dans votre pays d'origine ({origin}) ?",
                "Nos últimos 5 anos, quantas vezes você visitou {origin}?",
                "خلال السنوات الخمس الماضية، كم مرة زرت {origin}؟",
            ),
        ),
        one(
            "return_intention",
            "return_intention",
            (
                "Do you plan to return to live {in_origin}?",
                "¿Piensa regresar a vivir {in_origin}?",
                "Prévoyez-vous de revenir vivre {in_origin} ?",
                "Você pretende voltar a morar {in_origin}?",
                "هل تنوي العودة للعيش {in_origin}؟",
            ),
        ),
        end_group(),
    ]


def _module_4_human() -> Sheet:
    tertiary = "selected(${education_level}, 'vocational') or selected(${education_level}, 'bachelor') or selected(${education_level}, 'master') or selected(${education_level}, 'doctorate')"
    working = "${work_status} = 'employee' or ${work_status} = 'self_employed'"
    return [
        group(
            "human_capital",
            (
                "4. Skills and work",
                "4. Habilidades y trabajo",
                "4. Compétences et travail",
                "4. Habilidades e trabalho",
                "4. المهارات والعمل",
            ),
        ),
        one(
            "education",
            "education_level",
            (
                "What is the highest level of education you have completed?",
                "¿Cuál es el nivel de estudios más alto que ha completado?",
                "Quel est le plus haut niveau d'études que vous avez terminé ?",
                "Qual é o nível de escolaridade mais alto que você concluiu?",
                "ما أعلى مستوى تعليمي أكملته؟",
            ),
        ),
        one(
            "field",
            "education_field",
            (
                "In which field is your highest qualification?",
                "¿En qué área es su título más alto?",
                "Dans quel domaine est votre diplôme le plus élevé ?",
                "Em que área é o seu diploma mais alto?",
                "في أي مجال حصلت على أعلى مؤهل لديك؟",
            ),
            relevant=tertiary,
        ),
        one(
            "country",
            "education_country",
            (
                "In which country did you obtain it?",
                "¿En qué país lo obtuvo?",
                "Dans quel pays l'avez-vous obtenu ?",
                "Em que país você o obteve?",
                "في أي بلد حصلت عليه؟",
            ),
            relevant=tertiary,
            appearance="autocomplete",
        ),
        one(
            "recognition",
            "qualification_recognised",
            (
                "Are your qualifications recognised in the country where you live?",
                "¿Sus títulos están reconocidos en el país donde vive?",
                "Vos diplômes sont-ils reconnus dans le pays où vous vivez ?",
                "Seus diplomas são reconhecidos no país onde você mora?",
                "هل مؤهلاتك معترف بها في البلد الذي تعيش فيه؟",
            ),
            relevant=tertiary,
        ),
        one(
            "work_status",
            "work_status",
            (
                "What is your main work situation?",
                "¿Cuál es su situación laboral principal?",
                "Quelle est votre situation professionnelle principale ?",
                "Qual é a sua principal situação de trabalho?",
                "ما وضعك الرئيسي في العمل؟",
            ),
        ),
        text(
            "occupation",
            (
                "What is your main occupation or job title?",
                "¿Cuál es su ocupación o cargo principal?",
                "Quelle est votre profession ou votre poste principal ?",
                "Qual é a sua ocupação ou cargo principal?",
                "ما مهنتك أو مسمّاك الوظيفي الرئيسي؟",
            ),
            relevant=working,
        ),
        one(
            "sector",
            "work_sector",
            (
                "In which sector do you work?",
                "¿En qué sector trabaja?",
                "Dans quel secteur travaillez-vous ?",
                "Em que setor você trabalha?",
                "في أي قطاع تعمل؟",
            ),
            relevant=working,
        ),
        text(
            "skills",
            (
                "Which professional skills, certificates or licences do you have that could be useful to {origin}?",
                "¿Qué habilidades profesionales, certificados o licencias tiene que podrían ser útiles para {origin}?",
                "Quelles compétences professionnelles, certifications ou licences avez-vous qui pourraient être utiles à votre pays d'origine ({origin}) ?",
                "Que habilidades profissionais, certificados ou licenças você tem que poderiam ser úteis para {origin}?",
                "ما المهارات المهنية أو الشهادات أو التراخيص التي لديك والتي قد تكون مفيدة لبلدك الأصلي ({origin})؟",
            ),
        ),
        many(
            "languages",
            "languages_spoken",
            (
                "Which languages do you speak well? Select all that apply.",
                "¿Qué idiomas habla bien? Marque todos los que correspondan.",
                "Quelles langues parlez-vous bien ? Cochez toutes les réponses qui s'appliquent.",
                "Quais idiomas você fala bem? Marque todos os que se aplicam.",
                "ما اللغات التي تتحدثها جيدًا؟ اختر كل ما ينطبق.",
            ),
        ),
        end_group(),
    ]


def _module_5_economic() -> Sheet:
    sends = "${remit_sends} = 'yes'"
    invests = "${invest_has} = 'yes'"
    visited = "${visits_12m} > 0"
    return [
        group(
            "economic_capital",
            (
                "5. Money, investment and trade",
                "5. Dinero, inversión y comercio",
                "5. Argent, investissement et commerce",
                "5. Dinheiro, investimento e comércio",
                "5. المال والاستثمار والتجارة",
            ),
        ),
        one(
            "yes_no_pna",
            "remit_sends",
            (
                "In the last 12 months, have you sent money {to_origin}?",
                "En los últimos 12 meses, ¿ha enviado dinero {to_origin}?",
                "Au cours des 12 derniers mois, avez-vous envoyé de l'argent {to_origin} ?",
                "Nos últimos 12 meses, você enviou dinheiro {to_origin}?",
                "خلال الأشهر الاثني عشر الماضية، هل أرسلت أموالًا {to_origin}؟",
            ),
        ),
        one(
            "frequency_send",
            "remit_frequency",
            (
                "How often do you send money?",
                "¿Con qué frecuencia envía dinero?",
                "À quelle fréquence envoyez-vous de l'argent ?",
                "Com que frequência você envia dinheiro?",
                "كم مرة ترسل الأموال؟",
            ),
            relevant=sends,
        ),
        one(
            "currency",
            "remit_currency",
            (
                "In which currency do you usually send it?",
                "¿En qué moneda lo envía normalmente?",
                "Dans quelle monnaie l'envoyez-vous habituellement ?",
                "Em que moeda você costuma enviar?",
                "بأي عملة ترسلها عادةً؟",
            ),
            relevant=sends,
            appearance="autocomplete",
        ),
        one(
            "amount_band",
            "remit_amount",
            (
                "In total, how much did you send in the last 12 months, in ${remit_currency}?",
                "En total, ¿cuánto envió en los últimos 12 meses, en ${remit_currency}?",
                "Au total, combien avez-vous envoyé au cours des 12 derniers mois, en ${remit_currency} ?",
                "No total, quanto você enviou nos últimos 12 meses, em ${remit_currency}?",
                "كم أرسلت إجمالًا خلال الأشهر الاثني عشر الماضية، بعملة ${remit_currency}؟",
            ),
            relevant=sends,
        ),
        many(
            "remit_channel",
            "remit_channels",
            (
                "How do you send the money? Select all that apply.",
                "¿Cómo envía el dinero? Marque todas las que correspondan.",
                "Comment envoyez-vous l'argent ? Cochez toutes les réponses qui s'appliquent.",
                "Como você envia o dinheiro? Marque todas as opções que se aplicam.",
                "كيف ترسل الأموال؟ اختر كل ما ينطبق.",
            ),
            relevant=sends,
        ),
        many(
            "remit_purpose",
            "remit_purposes",
            (
                "What is the money mainly used for? Select all that apply.",
                "¿Para qué se usa principalmente el dinero? Marque todas las que correspondan.",
                "À quoi sert principalement cet argent ? Cochez toutes les réponses qui s'appliquent.",
                "Para que o dinheiro é usado principalmente? Marque todas as opções que se aplicam.",
                "فيمَ تُستخدم الأموال أساسًا؟ اختر كل ما ينطبق.",
            ),
            relevant=sends,
        ),
        one(
            "yes_no_pna",
            "invest_has",
            (
                "Do you have savings or investments {in_origin}?",
                "¿Tiene ahorros o inversiones {in_origin}?",
                "Avez-vous de l'épargne ou des investissements {in_origin} ?",
                "Você tem poupança ou investimentos {in_origin}?",
                "هل لديك مدخرات أو استثمارات {in_origin}؟",
            ),
        ),
        many(
            "invest_type",
            "invest_types",
            (
                "What kind? Select all that apply.",
                "¿De qué tipo? Marque todas las que correspondan.",
                "De quel type ? Cochez toutes les réponses qui s'appliquent.",
                "De que tipo? Marque todas as opções que se aplicam.",
                "ما نوعها؟ اختر كل ما ينطبق.",
            ),
            relevant=invests,
        ),
        one(
            "currency",
            "invest_currency",
            (
                "In which currency can you best estimate their value?",
                "¿En qué moneda puede estimar mejor su valor?",
                "Dans quelle monnaie pouvez-vous le mieux estimer leur valeur ?",
                "Em que moeda você consegue estimar melhor o valor?",
                "بأي عملة يمكنك تقدير قيمتها على أفضل وجه؟",
            ),
            relevant=invests,
            appearance="autocomplete",
        ),
        one(
            "amount_band",
            "invest_amount",
            (
                "What is their approximate total value, in ${invest_currency}?",
                "¿Cuál es su valor total aproximado, en ${invest_currency}?",
                "Quelle est leur valeur totale approximative, en ${invest_currency} ?",
                "Qual é o valor total aproximado, em ${invest_currency}?",
                "ما قيمتها الإجمالية التقريبية بعملة ${invest_currency}؟",
            ),
            relevant=invests,
        ),
        many(
            "invest_obstacles",
            "invest_obstacles",
            (
                "What makes investing {in_origin} difficult? Select all that apply.",
                "¿Qué dificulta invertir {in_origin}? Marque todas las que correspondan.",
                "Qu'est-ce qui rend l'investissement difficile {in_origin} ? Cochez toutes les réponses qui s'appliquent.",
                "O que dificulta investir {in_origin}? Marque todas as opções que se aplicam.",
                "ما الذي يجعل الاستثمار {in_origin} صعبًا؟ اختر كل ما ينطبق.",
            ),
        ),
        one(
            "yes_no_pna",
            "trade_links",
            (
                "Does your work or business involve buying from or selling to {origin}?",
                "¿Su trabajo o negocio implica comprar o vender a {origin}?",
                "Votre travail ou votre entreprise implique-t-il d'acheter ou de vendre en lien avec votre pays d'origine ({origin}) ?",
                "Seu trabalho ou negócio envolve comprar ou vender para {origin}?",
                "هل يتضمن عملك أو تجارتك الشراء من {origin} أو البيع إليها؟",
            ),
        ),
        many(
            "trade_type",
            "trade_types",
            (
                "What kind of trade? Select all that apply.",
                "¿Qué tipo de comercio? Marque todas las que correspondan.",
                "Quel type d'échanges ? Cochez toutes les réponses qui s'appliquent.",
                "Que tipo de comércio? Marque todas as opções que se aplicam.",
                "ما نوع التجارة؟ اختر كل ما ينطبق.",
            ),
            relevant="${trade_links} = 'yes'",
        ),
        one(
            "yes_no_pna",
            "donates",
            (
                "In the last 12 months, have you donated money or goods to organisations or communities {in_origin}?",
                "En los últimos 12 meses, ¿ha donado dinero o bienes a organizaciones o comunidades {in_origin}?",
                "Au cours des 12 derniers mois, avez-vous fait des dons d'argent ou de biens à des organisations ou des communautés {in_origin} ?",
                "Nos últimos 12 meses, você doou dinheiro ou bens a organizações ou comunidades {in_origin}?",
                "خلال الأشهر الاثني عشر الماضية، هل تبرعت بأموال أو سلع لمنظمات أو مجتمعات {in_origin}؟",
            ),
        ),
        many(
            "donation_type",
            "donation_types",
            (
                "What kind of donations? Select all that apply.",
                "¿Qué tipo de donaciones? Marque todas las que correspondan.",
                "Quel type de dons ? Cochez toutes les réponses qui s'appliquent.",
                "Que tipo de doações? Marque todas as opções que se aplicam.",
                "ما نوع التبرعات؟ اختر كل ما ينطبق.",
            ),
            relevant="${donates} = 'yes'",
        ),
        number(
            "visits_12m",
            (
                "How many times have you travelled {to_origin} in the last 12 months?",
                "¿Cuántas veces ha viajado {to_origin} en los últimos 12 meses?",
                "Combien de fois avez-vous voyagé {to_origin} au cours des 12 derniers mois ?",
                "Quantas vezes você viajou {to_origin} nos últimos 12 meses?",
                "كم مرة سافرت {to_origin} خلال الأشهر الاثني عشر الماضية؟",
            ),
            0,
            52,
        ),
        one(
            "currency",
            "visit_currency",
            (
                "In which currency can you best estimate what you spent there?",
                "¿En qué moneda puede estimar mejor lo que gastó allí?",
                "Dans quelle monnaie pouvez-vous le mieux estimer vos dépenses sur place ?",
                "Em que moeda você consegue estimar melhor quanto gastou lá?",
                "بأي عملة يمكنك تقدير ما أنفقته هناك على أفضل وجه؟",
            ),
            relevant=visited,
            appearance="autocomplete",
        ),
        one(
            "amount_band",
            "visit_spending",
            (
                "About how much did you spend there during these visits (travel, lodging, gifts, services), in ${visit_currency}?",
                "Aproximadamente, ¿cuánto gastó allí durante esas visitas (viaje, alojamiento, regalos, servicios), en ${visit_currency}?",
                "Environ combien avez-vous dépensé sur place lors de ces visites (transport, hébergement, cadeaux, services), en ${visit_currency} ?",
                "Mais ou menos quanto você gastou lá nessas visitas (viagem, hospedagem, presentes, serviços), em ${visit_currency}?",
                "كم أنفقت تقريبًا هناك خلال هذه الزيارات (السفر والإقامة والهدايا والخدمات)، بعملة ${visit_currency}؟",
            ),
            relevant=visited,
        ),
        end_group(),
    ]


def _module_6_social() -> Sheet:
    return [
        group(
            "social_capital",
            (
                "6. Associations and networks",
                "6. Asociaciones y redes",
                "6. Associations et réseaux",
                "6. Associações e redes",
                "6. الجمعيات والشبكات",
            ),
        ),
        one(
            "yes_no_pna",
            "assoc_member",
            (
                "Are you a member of any diaspora association or group?",
                "¿Es miembro de alguna asociación o grupo de la diáspora?",
                "Êtes-vous membre d'une association ou d'un groupe de la diaspora ?",
                "Você é membro de alguma associação ou grupo da diáspora?",
                "هل أنت عضو في أي جمعية أو مجموعة للمغتربين؟",
            ),
        ),
        row(
            "begin_repeat",
            "associations",
            o(("Association", "Asociación", "Association", "Associação", "جمعية")),
            relevant="${assoc_member} = 'yes'",
        ),
        text(
            "assoc_name",
            (
                "Name of the association",
                "Nombre de la asociación",
                "Nom de l'association",
                "Nome da associação",
                "اسم الجمعية",
            ),
        ),
        one(
            "assoc_type",
            "assoc_type",
            (
                "What type of association is it?",
                "¿Qué tipo de asociación es?",
                "De quel type d'association s'agit-il ?",
                "Que tipo de associação é?",
                "ما نوع هذه الجمعية؟",
            ),
        ),
        one(
            "assoc_role",
            "assoc_role",
            (
                "What is your role in it?",
                "¿Qué papel tiene en ella?",
                "Quel y est votre rôle ?",
                "Qual é o seu papel nela?",
                "ما دورك فيها؟",
            ),
        ),
        one(
            "country",
            "assoc_country",
            (
                "In which country is it based?",
                "¿En qué país tiene su sede?",
                "Dans quel pays est-elle basée ?",
                "Em que país ela tem sede?",
                "في أي بلد يقع مقرها؟",
            ),
            appearance="autocomplete",
        ),
        row("end_repeat", ""),
        one(
            "contact_frequency",
            "family_contact",
            (
                "How often are you in contact with family or friends {in_origin}?",
                "¿Con qué frecuencia se comunica con familiares o amigos {in_origin}?",
                "À quelle fréquence êtes-vous en contact avec de la famille ou des amis {in_origin} ?",
                "Com que frequência você fala com familiares ou amigos {in_origin}?",
                "كم مرة تتواصل مع أفراد العائلة أو الأصدقاء {in_origin}؟",
            ),
        ),
        one(
            "vote",
            "vote_origin",
            (
                "Did you vote from abroad in the last national election of {origin}?",
                "¿Votó desde el exterior en las últimas elecciones nacionales de {origin}?",
                "Avez-vous voté depuis l'étranger lors de la dernière élection nationale de votre pays d'origine ({origin}) ?",
                "Você votou do exterior na última eleição nacional de {origin}?",
                "هل صوّتت من الخارج في آخر انتخابات وطنية في {origin}؟",
            ),
        ),
        one(
            "vote",
            "vote_residence",
            (
                "Did you vote in the last election (national or local) in the country where you live?",
                "¿Votó en las últimas elecciones (nacionales o locales) del país donde vive?",
                "Avez-vous voté lors des dernières élections (nationales ou locales) dans le pays où vous vivez ?",
                "Você votou nas últimas eleições (nacionais ou locais) do país onde mora?",
                "هل صوّتت في آخر انتخابات (وطنية أو محلية) في البلد الذي تعيش فيه؟",
            ),
        ),
        many(
            "advocacy",
            "advocacy",
            (
                "In the last 12 months, have you done any of these about issues affecting {origin}? Select all that apply.",
                "En los últimos 12 meses, ¿ha hecho alguna de estas cosas sobre temas que afectan a {origin}? Marque todas las que correspondan.",
                "Au cours des 12 derniers mois, avez-vous fait l'une de ces actions sur des sujets concernant votre pays d'origine ({origin}) ? Cochez toutes les réponses qui s'appliquent.",
                "Nos últimos 12 meses, você fez alguma destas coisas sobre questões que afetam {origin}? Marque todas as opções que se aplicam.",
                "خلال الأشهر الاثني عشر الماضية، هل قمت بأي مما يلي بشأن قضايا تخص {origin}؟ اختر كل ما ينطبق.",
            ),
        ),
        end_group(),
    ]


def _module_7_cultural() -> Sheet:
    return [
        group(
            "cultural_capital",
            (
                "7. Identity and culture",
                "7. Identidad y cultura",
                "7. Identité et culture",
                "7. Identidade e cultura",
                "7. الهوية والثقافة",
            ),
        ),
        one(
            "attachment",
            "attachment_origin",
            (
                "How strong is your attachment to {origin}?",
                "¿Qué tan fuerte es su vínculo con {origin}?",
                "Quelle est la force de votre attachement à votre pays d'origine ({origin}) ?",
                "Quão forte é o seu vínculo com {origin}?",
                "ما مدى قوة ارتباطك ببلدك الأصلي ({origin})؟",
            ),
        ),
        one(
            "identity",
            "identity",
            (
                "How do you describe your identity?",
                "¿Cómo describe su identidad?",
                "Comment décrivez-vous votre identité ?",
                "Como você descreve a sua identidade?",
                "كيف تصف هويتك؟",
            ),
        ),
        one(
            "transmit",
            "transmit_language",
            (
                "Do you pass on the language(s) and traditions of {origin} to your children?",
                "¿Transmite a sus hijos la(s) lengua(s) y las tradiciones de {origin}?",
                "Transmettez-vous à vos enfants la ou les langues et les traditions de votre pays d'origine ({origin}) ?",
                "Você transmite aos seus filhos a(s) língua(s) e as tradições de {origin}?",
                "هل تنقل إلى أطفالك لغة أو لغات {origin} وتقاليدها؟",
            ),
        ),
        many(
            "cultural_activities",
            "cultural_activities",
            (
                "Which of these cultural activities linked to {origin} do you take part in? Select all that apply.",
                "¿En cuáles de estas actividades culturales relacionadas con {origin} participa? Marque todas las que correspondan.",
                "À quelles activités culturelles liées à votre pays d'origine ({origin}) participez-vous ? Cochez toutes les réponses qui s'appliquent.",
                "De quais destas atividades culturais relacionadas com {origin} você participa? Marque todas as opções que se aplicam.",
                "في أي من هذه الأنشطة الثقافية المرتبطة ببلدك الأصلي ({origin}) تشارك؟ اختر كل ما ينطبق.",
            ),
        ),
        end_group(),
    ]


def _module_8_engagement() -> Sheet:
    willing = "${willing_contribute} = 'yes' or ${willing_contribute} = 'maybe'"
    return [
        group(
            "engagement",
            ("8. Engagement", "8. Vinculación", "8. Engagement", "8. Engajamento", "8. المشاركة"),
        ),
        one(
            "willing",
            "willing_contribute",
            (
                "Would you be willing to contribute to the development of {origin}?",
                "¿Estaría dispuesto/a a contribuir al desarrollo de {origin}?",
                "Seriez-vous prêt(e) à contribuer au développement de votre pays d'origine ({origin}) ?",
                "Você estaria disposto/a a contribuir para o desenvolvimento de {origin}?",
                "هل أنت مستعد للمساهمة في تنمية {origin}؟",
            ),
        ),
        many(
            "contrib_sector",
            "contrib_sectors",
            (
                "In which sectors? Select all that apply.",
                "¿En qué sectores? Marque todos los que correspondan.",
                "Dans quels secteurs ? Cochez toutes les réponses qui s'appliquent.",
                "Em quais setores? Marque todos os que se aplicam.",
                "في أي القطاعات؟ اختر كل ما ينطبق.",
            ),
            relevant=willing,
        ),
        many(
            "contrib_mode",
            "contrib_modes",
            (
                "In which ways? Select all that apply.",
                "¿De qué maneras? Marque todas las que correspondan.",
                "De quelles manières ? Cochez toutes les réponses qui s'appliquent.",
                "De que formas? Marque todas as que se aplicam.",
                "بأي طرق؟ اختر كل ما ينطبق.",
            ),
            relevant=willing,
        ),
        many(
            "barriers",
            "barriers",
            (
                "What prevents you from contributing more? Select all that apply.",
                "¿Qué le impide contribuir más? Marque todas las que correspondan.",
                "Qu'est-ce qui vous empêche de contribuer davantage ? Cochez toutes les réponses qui s'appliquent.",
                "O que impede você de contribuir mais? Marque todas as opções que se aplicam.",
                "ما الذي يمنعك من المساهمة أكثر؟ اختر كل ما ينطبق.",
            ),
        ),
        many(
            "expectations",
            "gov_expectations",
            (
                "What do you expect from the government of {origin}? Select all that apply.",
                "¿Qué espera del gobierno de {origin}? Marque todas las que correspondan.",
                "Qu'attendez-vous du gouvernement de votre pays d'origine ({origin}) ? Cochez toutes les réponses qui s'appliquent.",
                "O que você espera do governo de {origin}? Marque todas as opções que se aplicam.",
                "ماذا تتوقع من حكومة {origin}؟ اختر كل ما ينطبق.",
            ),
        ),
        end_group(),
    ]


def _module_9_communication() -> Sheet:
    return [
        group(
            "communication",
            (
                "9. Communication",
                "9. Comunicación",
                "9. Communication",
                "9. Comunicação",
                "9. التواصل",
            ),
        ),
        many(
            "channels",
            "channels_used",
            (
                "Where do you get information about {origin}? Select all that apply.",
                "¿Dónde obtiene información sobre {origin}? Marque todas las que correspondan.",
                "Où trouvez-vous des informations sur votre pays d'origine ({origin}) ? Cochez toutes les réponses qui s'appliquent.",
                "Onde você obtém informações sobre {origin}? Marque todas as opções que se aplicam.",
                "من أين تحصل على معلومات عن {origin}؟ اختر كل ما ينطبق.",
            ),
        ),
        one(
            "channels",
            "channel_trusted",
            (
                "Which of these sources do you trust most?",
                "¿En cuál de estas fuentes confía más?",
                "À laquelle de ces sources faites-vous le plus confiance ?",
                "Em qual destas fontes você mais confia?",
                "أي هذه المصادر تثق به أكثر؟",
            ),
        ),
        end_group(),
    ]


def _module_10_recontact() -> Sheet:
    agreed = "${recontact_consent} = 'yes'"
    return [
        group(
            "recontact",
            (
                "10. Staying in touch",
                "10. Seguir en contacto",
                "10. Rester en contact",
                "10. Manter contato",
                "10. البقاء على تواصل",
            ),
        ),
        one(
            "yes_no_pna",
            "recontact_consent",
            (
                "May we contact you again about this study or about opportunities to get involved with {origin}? This is separate from the survey: saying no changes nothing.",
                "¿Podemos contactarle de nuevo sobre este estudio o sobre oportunidades de vinculación con {origin}? Esto es aparte de la encuesta: decir que no no cambia nada.",
                "Pouvons-nous vous recontacter au sujet de cette étude ou d'occasions de vous engager auprès de votre pays d'origine ({origin}) ? C'est indépendant de l'enquête : refuser ne change rien.",
                "Podemos entrar em contato novamente sobre este estudo ou sobre oportunidades de engajamento com {origin}? Isso é separado da pesquisa: dizer não não muda nada.",
                "هل يمكننا التواصل معك مجددًا بشأن هذه الدراسة أو فرص المشاركة مع {origin}؟ هذا منفصل عن الاستبيان: الرفض لا يغيّر شيئًا.",
            ),
        ),
        row(
            "begin_group",
            "sensitive_contact",
            o(
                (
                    "Contact details (stored apart from the answers)",
                    "Datos de contacto (se guardan aparte de las respuestas)",
                    "Coordonnées (conservées à part des réponses)",
                    "Dados de contato (guardados separadamente das respostas)",
                    "بيانات الاتصال (تُحفظ منفصلة عن الإجابات)",
                )
            ),
            relevant=agreed,
        ),
        text(
            "contact_name",
            (
                "Name we should use",
                "Nombre con el que debemos dirigirnos a usted",
                "Nom à utiliser",
                "Nome que devemos usar",
                "الاسم الذي نستخدمه",
            ),
        ),
        row(
            "text",
            "contact_phone",
            o(
                (
                    "Phone number, with country code (e.g. +593...)",
                    "Número de teléfono, con código de país (p. ej. +593...)",
                    "Numéro de téléphone, avec l'indicatif du pays (p. ex. +593...)",
                    "Número de telefone, com código do país (p. ex. +593...)",
                    "رقم الهاتف مع رمز البلد (مثلًا ‎+593...‎)",
                )
            ),
            hint=PNA_HINT,
            constraint="regex(., '^\\+?[0-9 ]{6,20}$') or . = '-99'",
            constraint_message=(
                "Use digits, spaces and an optional leading +, or -99.",
                "Use cifras, espacios y un + inicial opcional, o -99.",
                "Utilisez des chiffres, des espaces et éventuellement un + au début, ou -99.",
                "Use números, espaços e um + inicial opcional, ou -99.",
                "استخدم الأرقام والمسافات وعلامة + اختيارية في البداية، أو ‎-99‎.",
            ),
        ),
        row(
            "text",
            "contact_email",
            o(
                (
                    "E-mail address",
                    "Correo electrónico",
                    "Adresse électronique",
                    "Endereço de e-mail",
                    "عنوان البريد الإلكتروني",
                )
            ),
            hint=PNA_HINT,
            constraint="regex(., '^[^@ ]+@[^@ ]+\\.[^@ ]+$') or . = '-99'",
            constraint_message=(
                "This does not look like an e-mail address; or enter -99.",
                "No parece una dirección de correo; o escriba -99.",
                "Ce n'est pas une adresse électronique valide ; ou saisissez -99.",
                "Isso não parece um endereço de e-mail; ou digite -99.",
                "لا يبدو هذا عنوان بريد إلكتروني صحيحًا؛ أو أدخل ‎-99‎.",
            ),
        ),
        one(
            "messaging_app",
            "contact_preferred",
            (
                "How do you prefer to be contacted?",
                "¿Cómo prefiere que le contactemos?",
                "Comment préférez-vous être contacté(e) ?",
                "Como você prefere ser contatado/a?",
                "ما الطريقة التي تفضّل أن نتواصل بها معك؟",
            ),
        ),
        end_group(),
        number(
            "coupons_given",
            (
                "How many referral coupons did you give the respondent to pass on to other members of the diaspora?",
                "¿Cuántos cupones de referencia entregó a la persona para que los pase a otros miembros de la diáspora?",
                "Combien de coupons de parrainage avez-vous remis à la personne pour d'autres membres de la diaspora ?",
                "Quantos cupons de indicação você entregou à pessoa para repassar a outros membros da diáspora?",
                "كم عدد قسائم الإحالة التي سلّمتها للمشارك لتمريرها إلى مغتربين آخرين؟",
            ),
            0,
            5,
        ),
        note(
            "referral_note",
            (
                "Write this code on the coupons: ${referral_code_out}",
                "Escriba este código en los cupones: ${referral_code_out}",
                "Inscrivez ce code sur les coupons : ${referral_code_out}",
                "Escreva este código nos cupons: ${referral_code_out}",
                "اكتب هذا الرمز على القسائم: ${referral_code_out}",
            ),
            relevant="${coupons_given} > 0",
        ),
        note(
            "thanks_end",
            (
                "These are all the questions. Thank you very much for your time!",
                "Estas son todas las preguntas. ¡Muchas gracias por su tiempo!",
                "C'est la fin du questionnaire. Merci beaucoup pour votre temps !",
                "Estas são todas as perguntas. Muito obrigado pelo seu tempo!",
                "انتهت الأسئلة. شكرًا جزيلًا على وقتك!",
            ),
        ),
        end_group(),
    ]


def settings() -> Sheet:
    return [
        {
            "form_title": "Diaspora mapping questionnaire",
            "form_id": "diaspora",
            "name": "diaspora",
            "version": FORM_VERSION,
            "default_language": DEFAULT_LANGUAGE,
        }
    ]


def sheets() -> dict[str, Sheet]:
    return {"survey": survey(), "choices": choices(), "settings": settings()}
