# ruff: noqa: E501  (translated labels read best unwrapped)
"""IPL-12 / IPL-24 items, answer options and option scores: the one table both the form
generator (forms/build_forms.py) and the scoring module read, so the scores a form computes and
the scores the app recomputes cannot drift apart.

Labels are written in five languages (English, Spanish, French, Portuguese, Arabic). Tokens in
braces are deployment settings the generator turns into references to the form's adaptation
calculates for the label's language: ``{country}`` (host country name), ``{in_country}`` (the
locative phrase, e.g. "in Peru", "au Pérou", "no Peru", so prepositions and articles stay
correct in every language), ``{citizens}`` (noun for its
citizens), ``{language}`` (host language), ``{currency}``, ``{inc_half}``, ``{median}``,
``{inc_high}`` (income bracket bounds) and ``{expense}`` (unexpected expense amount).

Scores follow the IPL rule: every substantive option carries an explicit score in [0, 1], 1 = more
integrated; "don't know" (98) and "refused" (99) carry no score, except on knowledge items where
"don't know" scores 0. Scores are kept as exact fractions and written to the form as decimals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Final, Literal

FormName = Literal["ipl12", "ipl24"]
LANGUAGES: Final = ("en", "es", "fr", "pt", "ar")
LANGUAGE_COLUMNS: Final = {
    "en": "English (en)",
    "es": "Spanish (es)",
    "fr": "French (fr)",
    "pt": "Portuguese (pt)",
    "ar": "Arabic (ar)",
}
DONT_KNOW: Final = "98"
REFUSED: Final = "99"
NOT_APPLICABLE: Final = "97"

DIMENSIONS: Final = (
    "psychological",
    "economic",
    "political",
    "social",
    "linguistic",
    "navigational",
)


@dataclass(frozen=True)
class Text:
    """One label in the five form languages."""

    en: str
    es: str
    fr: str
    pt: str
    ar: str

    def in_language(self, lang: str) -> str:
        value: str = getattr(self, lang)
        return value


@dataclass(frozen=True)
class Option:
    code: str
    label: Text
    score: Fraction | None


@dataclass(frozen=True)
class ChoiceList:
    name: str
    options: tuple[Option, ...]

    def score_of(self, code: str) -> Fraction | None:
        for option in self.options:
            if option.code == code:
                return option.score
        raise KeyError(code)

    def codes(self) -> tuple[str, ...]:
        return tuple(option.code for option in self.options)


@dataclass(frozen=True)
class Item:
    name: str
    dimension: str
    list_name: str
    label: Text
    in_ipl12: bool
    reverse_coded: bool = False
    knowledge: bool = False


def _dk(score: Fraction | None = None) -> Option:
    return Option(
        DONT_KNOW,
        Text("Don't know", "No sabe", "Ne sait pas", "Não sabe", "لا أعرف"),
        score,
    )


REFUSED_OPTION: Final = Option(
    REFUSED,
    Text("Refused", "No responde", "Refus de répondre", "Recusou-se a responder", "رفض الإجابة"),
    None,
)


def _scale(name: str, labels: list[Text], scores: list[Fraction]) -> ChoiceList:
    """An ordered list coded 1..k with explicit scores, then don't know and refused."""
    options = [Option(str(i + 1), label, scores[i]) for i, label in enumerate(labels)]
    return ChoiceList(name, (*options, _dk(), REFUSED_OPTION))


F = Fraction
UP5 = [F(0), F(1, 4), F(1, 2), F(3, 4), F(1)]
DOWN5 = list(reversed(UP5))
UP4 = [F(0), F(1, 3), F(2, 3), F(1)]

CHOICE_LISTS: Final[dict[str, ChoiceList]] = {
    cl.name: cl
    for cl in [
        _scale(
            "ipl_connected",
            [
                Text(
                    "Not at all connected",
                    "Nada conectado/a",
                    "Pas du tout lié(e)",
                    "Nada ligado/a",
                    "غير مرتبط على الإطلاق",
                ),
                Text(
                    "Not very connected",
                    "Poco conectado/a",
                    "Peu lié(e)",
                    "Pouco ligado/a",
                    "مرتبط قليلًا",
                ),
                Text(
                    "Somewhat connected",
                    "Algo conectado/a",
                    "Assez lié(e)",
                    "Mais ou menos ligado/a",
                    "مرتبط إلى حد ما",
                ),
                Text(
                    "Very connected",
                    "Muy conectado/a",
                    "Très lié(e)",
                    "Muito ligado/a",
                    "مرتبط جدًا",
                ),
                Text(
                    "Extremely connected",
                    "Extremadamente conectado/a",
                    "Extrêmement lié(e)",
                    "Extremamente ligado/a",
                    "مرتبط إلى أقصى حد",
                ),
            ],
            UP5,
        ),
        _scale(
            "ipl_outsider",
            [
                Text("Never", "Nunca", "Jamais", "Nunca", "أبدًا"),
                Text("Rarely", "Rara vez", "Rarement", "Raramente", "نادرًا"),
                Text("Sometimes", "A veces", "Parfois", "Às vezes", "أحيانًا"),
                Text("Often", "A menudo", "Souvent", "Frequentemente", "غالبًا"),
                Text("Always", "Siempre", "Toujours", "Sempre", "دائمًا"),
            ],
            DOWN5,
        ),
        _scale(
            "ipl_agree",
            [
                Text(
                    "Strongly disagree",
                    "Muy en desacuerdo",
                    "Pas du tout d'accord",
                    "Discordo totalmente",
                    "أعارض بشدة",
                ),
                Text("Disagree", "En desacuerdo", "Plutôt pas d'accord", "Discordo", "أعارض"),
                Text(
                    "Neither agree nor disagree",
                    "Ni de acuerdo ni en desacuerdo",
                    "Ni d'accord ni pas d'accord",
                    "Nem concordo nem discordo",
                    "لا أوافق ولا أعارض",
                ),
                Text("Agree", "De acuerdo", "Plutôt d'accord", "Concordo", "أوافق"),
                Text(
                    "Strongly agree",
                    "Muy de acuerdo",
                    "Tout à fait d'accord",
                    "Concordo totalmente",
                    "أوافق بشدة",
                ),
            ],
            UP5,
        ),
        _scale(
            "ipl_stay",
            [
                Text(
                    "Definitely not",
                    "Definitivamente no",
                    "Certainement pas",
                    "Certamente não",
                    "بالتأكيد لا",
                ),
                Text(
                    "Probably not",
                    "Probablemente no",
                    "Probablement pas",
                    "Provavelmente não",
                    "على الأرجح لا",
                ),
                Text("Not sure", "No está seguro/a", "Pas sûr(e)", "Não tem certeza", "لست متأكدًا"),
                Text(
                    "Probably yes",
                    "Probablemente sí",
                    "Probablement oui",
                    "Provavelmente sim",
                    "على الأرجح نعم",
                ),
                Text(
                    "Definitely yes",
                    "Definitivamente sí",
                    "Certainement oui",
                    "Certamente sim",
                    "بالتأكيد نعم",
                ),
            ],
            UP5,
        ),
        ChoiceList(
            "ipl_employment",
            (
                Option(
                    "1",
                    Text(
                        "Working (employed or self-employed, full or part time)",
                        "Trabajando (asalariado/a o por cuenta propia, a tiempo completo o parcial)",
                        "En emploi (salarié(e) ou indépendant(e), à temps plein ou partiel)",
                        "Trabalhando (empregado/a ou por conta própria, em tempo integral ou parcial)",
                        "أعمل (موظف أو لحسابي الخاص، بدوام كامل أو جزئي)",
                    ),
                    F(1),
                ),
                Option(
                    "2",
                    Text("Studying", "Estudiando", "Aux études", "Estudando", "أدرس"),
                    F(1, 2),
                ),
                Option(
                    "3",
                    Text("Retired", "Jubilado/a", "À la retraite", "Aposentado/a", "متقاعد"),
                    F(1, 2),
                ),
                Option(
                    "4",
                    Text(
                        "Looking after home or family",
                        "Dedicado/a al hogar o a la familia",
                        "Au foyer, s'occupe de la famille",
                        "Cuidando da casa ou da família",
                        "أعتني بالمنزل أو الأسرة",
                    ),
                    F(1, 2),
                ),
                Option(
                    "5",
                    Text(
                        "Unable to work (illness or disability)",
                        "No puede trabajar (enfermedad o discapacidad)",
                        "Dans l'incapacité de travailler (maladie ou handicap)",
                        "Impossibilitado/a de trabalhar (doença ou deficiência)",
                        "غير قادر على العمل (مرض أو إعاقة)",
                    ),
                    F(1, 2),
                ),
                Option(
                    "6",
                    Text(
                        "Not working and looking for work",
                        "Sin trabajo y buscando trabajo",
                        "Sans emploi et en recherche d'emploi",
                        "Sem trabalho e procurando trabalho",
                        "لا أعمل وأبحث عن عمل",
                    ),
                    F(0),
                ),
                _dk(),
                REFUSED_OPTION,
            ),
        ),
        _scale(
            "ipl_income",
            [
                Text("No income", "Ningún ingreso", "Aucun revenu", "Nenhuma renda", "لا دخل"),
                Text(
                    "Less than {inc_half} {currency}",
                    "Menos de {inc_half} {currency}",
                    "Moins de {inc_half} {currency}",
                    "Menos de {inc_half} {currency}",
                    "أقل من {inc_half} {currency}",
                ),
                Text(
                    "{inc_half} to less than {median} {currency}",
                    "De {inc_half} a menos de {median} {currency}",
                    "De {inc_half} à moins de {median} {currency}",
                    "De {inc_half} a menos de {median} {currency}",
                    "من {inc_half} إلى أقل من {median} {currency}",
                ),
                Text(
                    "{median} to less than {inc_high} {currency}",
                    "De {median} a menos de {inc_high} {currency}",
                    "De {median} à moins de {inc_high} {currency}",
                    "De {median} a menos de {inc_high} {currency}",
                    "من {median} إلى أقل من {inc_high} {currency}",
                ),
                Text(
                    "{inc_high} {currency} or more",
                    "{inc_high} {currency} o más",
                    "{inc_high} {currency} ou plus",
                    "{inc_high} {currency} ou mais",
                    "{inc_high} {currency} أو أكثر",
                ),
            ],
            # At or above the national median scores highest (IPL rule).
            [F(0), F(1, 3), F(2, 3), F(1), F(1)],
        ),
        ChoiceList(
            "ipl_satisfaction",
            (
                *_scale(
                    "_",
                    [
                        Text(
                            "Very dissatisfied",
                            "Muy insatisfecho/a",
                            "Très insatisfait(e)",
                            "Muito insatisfeito/a",
                            "غير راضٍ إطلاقًا",
                        ),
                        Text(
                            "Dissatisfied",
                            "Insatisfecho/a",
                            "Insatisfait(e)",
                            "Insatisfeito/a",
                            "غير راضٍ",
                        ),
                        Text(
                            "Neither satisfied nor dissatisfied",
                            "Ni satisfecho/a ni insatisfecho/a",
                            "Ni satisfait(e) ni insatisfait(e)",
                            "Nem satisfeito/a nem insatisfeito/a",
                            "لا راضٍ ولا غير راضٍ",
                        ),
                        Text("Satisfied", "Satisfecho/a", "Satisfait(e)", "Satisfeito/a", "راضٍ"),
                        Text(
                            "Very satisfied",
                            "Muy satisfecho/a",
                            "Très satisfait(e)",
                            "Muito satisfeito/a",
                            "راضٍ جدًا",
                        ),
                    ],
                    UP5,
                ).options[:5],
                Option(
                    NOT_APPLICABLE,
                    Text(
                        "Does not apply: not working",
                        "No aplica: no trabaja",
                        "Sans objet : ne travaille pas",
                        "Não se aplica: não trabalha",
                        "لا ينطبق: لا أعمل",
                    ),
                    None,
                ),
                _dk(),
                REFUSED_OPTION,
            ),
        ),
        _scale(
            "ipl_expense",
            [
                Text(
                    "No, I could not pay it",
                    "No, no podría pagarlo",
                    "Non, je ne pourrais pas la payer",
                    "Não, eu não conseguiria pagar",
                    "لا، لن أستطيع دفعه",
                ),
                Text(
                    "Only with great difficulty",
                    "Solo con mucha dificultad",
                    "Seulement avec beaucoup de difficulté",
                    "Só com muita dificuldade",
                    "فقط بصعوبة كبيرة",
                ),
                Text(
                    "With some difficulty",
                    "Con algo de dificultad",
                    "Avec quelques difficultés",
                    "Com alguma dificuldade",
                    "ببعض الصعوبة",
                ),
                Text(
                    "Yes, easily",
                    "Sí, fácilmente",
                    "Oui, facilement",
                    "Sim, facilmente",
                    "نعم، بسهولة",
                ),
            ],
            UP4,
        ),
        _scale(
            "ipl_ability",
            [
                Text("Very well", "Muy bien", "Très bien", "Muito bem", "جيد جدًا"),
                Text("Well", "Bien", "Bien", "Bem", "جيد"),
                Text("Moderately well", "Regular", "Moyennement", "Razoavelmente", "بشكل متوسط"),
                Text("Not well", "Mal", "Pas bien", "Mal", "ليس جيدًا"),
                Text("Not at all", "Nada", "Pas du tout", "De jeito nenhum", "لا على الإطلاق"),
            ],
            DOWN5,
        ),
        _scale(
            "ipl_frequency",
            [
                Text("Never", "Nunca", "Jamais", "Nunca", "أبدًا"),
                Text(
                    "Once a year or less",
                    "Una vez al año o menos",
                    "Une fois par an ou moins",
                    "Uma vez por ano ou menos",
                    "مرة في السنة أو أقل",
                ),
                Text(
                    "About once a month",
                    "Más o menos una vez al mes",
                    "Environ une fois par mois",
                    "Mais ou menos uma vez por mês",
                    "مرة في الشهر تقريبًا",
                ),
                Text(
                    "About once a week",
                    "Más o menos una vez por semana",
                    "Environ une fois par semaine",
                    "Mais ou menos uma vez por semana",
                    "مرة في الأسبوع تقريبًا",
                ),
                Text(
                    "Almost every day",
                    "Casi todos los días",
                    "Presque tous les jours",
                    "Quase todos os dias",
                    "كل يوم تقريبًا",
                ),
            ],
            UP5,
        ),
        ChoiceList(
            "ipl_lawmaking",
            (
                Option(
                    "1",
                    Text(
                        "The president or head of government alone",
                        "Solo el presidente o jefe de gobierno",
                        "Le président ou le chef du gouvernement seul",
                        "Somente o presidente ou chefe de governo",
                        "الرئيس أو رئيس الحكومة وحده",
                    ),
                    F(0),
                ),
                Option(
                    "2",
                    Text(
                        "The national parliament or congress",
                        "El congreso o parlamento nacional",
                        "Le parlement national",
                        "O congresso ou parlamento nacional",
                        "البرلمان أو الكونغرس الوطني",
                    ),
                    F(1),
                ),
                Option(
                    "3",
                    Text(
                        "The courts", "Los tribunales", "Les tribunaux", "Os tribunais", "المحاكم"
                    ),
                    F(0),
                ),
                Option(
                    "4",
                    Text(
                        "The armed forces",
                        "Las fuerzas armadas",
                        "Les forces armées",
                        "As forças armadas",
                        "القوات المسلحة",
                    ),
                    F(0),
                ),
                _dk(F(0)),  # knowledge item: don't know scores 0
                REFUSED_OPTION,
            ),
        ),
        _scale(
            "ipl_actions",
            [
                Text("Never", "Nunca", "Jamais", "Nunca", "أبدًا"),
                Text("Once", "Una vez", "Une fois", "Uma vez", "مرة واحدة"),
                Text(
                    "Two or three times",
                    "Dos o tres veces",
                    "Deux ou trois fois",
                    "Duas ou três vezes",
                    "مرتين أو ثلاث مرات",
                ),
                Text(
                    "Four times or more",
                    "Cuatro veces o más",
                    "Quatre fois ou plus",
                    "Quatro vezes ou mais",
                    "أربع مرات أو أكثر",
                ),
            ],
            UP4,
        ),
        _scale(
            "ipl_contacts",
            [
                Text("None", "Ninguno", "Aucun", "Nenhum", "لا أحد"),
                Text("1 or 2", "1 o 2", "1 ou 2", "1 ou 2", "1 أو 2"),
                Text("3 to 6", "De 3 a 6", "De 3 à 6", "De 3 a 6", "من 3 إلى 6"),
                Text("7 to 14", "De 7 a 14", "De 7 à 14", "De 7 a 14", "من 7 إلى 14"),
                Text("15 or more", "15 o más", "15 ou plus", "15 ou mais", "15 أو أكثر"),
            ],
            UP5,
        ),
        _scale(
            "ipl_membership",
            [
                Text("No", "No", "Non", "Não", "لا"),
                Text(
                    "Yes, one organisation",
                    "Sí, una organización",
                    "Oui, une organisation",
                    "Sim, uma organização",
                    "نعم، منظمة واحدة",
                ),
                Text(
                    "Yes, two or more organisations",
                    "Sí, dos o más organizaciones",
                    "Oui, deux organisations ou plus",
                    "Sim, duas ou mais organizações",
                    "نعم، منظمتان أو أكثر",
                ),
            ],
            [F(0), F(1, 2), F(1)],
        ),
        _scale(
            "ipl_ease",
            [
                Text("Very easy", "Muy fácil", "Très facile", "Muito fácil", "سهل جدًا"),
                Text(
                    "Somewhat easy",
                    "Algo fácil",
                    "Plutôt facile",
                    "Um pouco fácil",
                    "سهل إلى حد ما",
                ),
                Text(
                    "Neither easy nor difficult",
                    "Ni fácil ni difícil",
                    "Ni facile ni difficile",
                    "Nem fácil nem difícil",
                    "لا سهل ولا صعب",
                ),
                Text(
                    "Somewhat difficult",
                    "Algo difícil",
                    "Plutôt difficile",
                    "Um pouco difícil",
                    "صعب إلى حد ما",
                ),
                Text("Very difficult", "Muy difícil", "Très difficile", "Muito difícil", "صعب جدًا"),
            ],
            DOWN5,
        ),
    ]
}

ITEMS: Final[tuple[Item, ...]] = (
    # --- psychological
    Item(
        "psy1",
        "psychological",
        "ipl_connected",
        Text(
            "How connected do you feel to {country}?",
            "¿Qué tan conectado/a se siente con {country}?",
            "À quel point vous sentez-vous lié(e) au pays où vous vivez ({country}) ?",
            "Quão ligado/a você se sente ao país onde mora ({country})?",
            "إلى أي مدى تشعر بالارتباط بالبلد الذي تعيش فيه ({country})؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "psy2",
        "psychological",
        "ipl_outsider",
        Text(
            "How often do you feel like an outsider {in_country}?",
            "¿Con qué frecuencia se siente como un/a extraño/a {in_country}?",
            "À quelle fréquence vous sentez-vous comme un(e) étranger(ère) {in_country} ?",
            "Com que frequência você se sente um/a estranho/a {in_country}?",
            "كم مرة تشعر بأنك غريب {in_country}؟",
        ),
        in_ipl12=True,
        reverse_coded=True,
    ),
    Item(
        "psy3",
        "psychological",
        "ipl_agree",
        Text(
            'How much do you agree with this statement: "I feel that I belong {in_country}."?',
            "¿Qué tan de acuerdo está con esta frase: «Siento que pertenezco a {country}»?",
            "Êtes-vous d'accord avec cette phrase : « Je sens que j'ai ma place {in_country} » ?",
            'Quanto você concorda com esta frase: "Sinto que tenho o meu lugar {in_country}"?',
            "إلى أي مدى توافق على العبارة التالية: «أشعر بأنني أنتمي إلى {country}»؟",
        ),
        in_ipl12=False,
    ),
    Item(
        "psy4",
        "psychological",
        "ipl_stay",
        Text(
            "If you could choose, would you like to keep living {in_country} for the next years?",
            "Si pudiera elegir, ¿le gustaría seguir viviendo {in_country} en los próximos años?",
            "Si vous pouviez choisir, aimeriez-vous continuer à vivre {in_country} dans les "
            "années à venir ?",
            "Se pudesse escolher, você gostaria de continuar morando {in_country} nos próximos anos?",
            "لو كان لك الخيار، هل تودّ الاستمرار في العيش {in_country} خلال السنوات القادمة؟",
        ),
        in_ipl12=False,
    ),
    # --- economic
    Item(
        "eco1",
        "economic",
        "ipl_employment",
        Text(
            "Which of these best describes your current work situation?",
            "¿Cuál de estas opciones describe mejor su situación laboral actual?",
            "Laquelle de ces situations décrit le mieux votre situation professionnelle actuelle ?",
            "Qual destas opções descreve melhor a sua situação de trabalho atual?",
            "أيّ من هذه الخيارات يصف وضعك الحالي في العمل على أفضل وجه؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "eco2",
        "economic",
        "ipl_income",
        Text(
            "Last month, what was your total personal income from all sources, after taxes?",
            "El mes pasado, ¿cuál fue su ingreso personal total de todas las fuentes, después de "
            "impuestos?",
            "Le mois dernier, quel a été votre revenu personnel total, toutes sources confondues, "
            "après impôts ?",
            "No mês passado, qual foi a sua renda pessoal total de todas as fontes, depois dos "
            "impostos?",
            "في الشهر الماضي، كم كان مجموع دخلك الشخصي من جميع المصادر بعد الضرائب؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "eco3",
        "economic",
        "ipl_satisfaction",
        Text(
            "How satisfied are you with your current work?",
            "¿Qué tan satisfecho/a está con su trabajo actual?",
            "Dans quelle mesure êtes-vous satisfait(e) de votre travail actuel ?",
            "Quão satisfeito/a você está com o seu trabalho atual?",
            "ما مدى رضاك عن عملك الحالي؟",
        ),
        in_ipl12=False,
    ),
    Item(
        "eco4",
        "economic",
        "ipl_expense",
        Text(
            "If you had an unexpected expense of {expense} {currency} today, could you pay it "
            "within a month?",
            "Si hoy tuviera un gasto imprevisto de {expense} {currency}, ¿podría pagarlo en un mes?",
            "Si vous aviez aujourd'hui une dépense imprévue de {expense} {currency}, pourriez-vous "
            "la payer dans le mois ?",
            "Se hoje você tivesse uma despesa inesperada de {expense} {currency}, conseguiria "
            "pagá-la em um mês?",
            "لو واجهت اليوم نفقة غير متوقعة قدرها {expense} {currency}، هل تستطيع دفعها خلال شهر؟",
        ),
        in_ipl12=False,
    ),
    # --- political
    Item(
        "pol1",
        "political",
        "ipl_ability",
        Text(
            "How well do you understand the important political issues {in_country}?",
            "¿Qué tan bien entiende los temas políticos importantes {in_country}?",
            "Dans quelle mesure comprenez-vous les grandes questions politiques {in_country} ?",
            "Quão bem você entende as questões políticas importantes {in_country}?",
            "إلى أي مدى تفهم القضايا السياسية المهمة {in_country}؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "pol2",
        "political",
        "ipl_frequency",
        Text(
            "How often do you discuss political issues {in_country} with other people?",
            "¿Con qué frecuencia conversa con otras personas sobre temas políticos {in_country}?",
            "À quelle fréquence discutez-vous des questions politiques {in_country} avec "
            "d'autres personnes ?",
            "Com que frequência você conversa com outras pessoas sobre questões políticas "
            "{in_country}?",
            "كم مرة تناقش مع أشخاص آخرين القضايا السياسية {in_country}؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "pol3",
        "political",
        "ipl_lawmaking",
        Text(
            "Who makes the national laws {in_country}?",
            "¿Quién hace las leyes nacionales {in_country}?",
            "Qui fait les lois nationales {in_country} ?",
            "Quem faz as leis nacionais {in_country}?",
            "من الذي يضع القوانين الوطنية {in_country}؟",
        ),
        in_ipl12=False,
        knowledge=True,
    ),
    Item(
        "pol4",
        "political",
        "ipl_actions",
        Text(
            "In the last 12 months, how many times have you taken part in a political or "
            "community action {in_country}, such as signing a petition, attending a public "
            "meeting or contacting an official?",
            "En los últimos 12 meses, ¿cuántas veces ha participado en una acción política o "
            "comunitaria {in_country}, como firmar una petición, asistir a una reunión pública o "
            "contactar a una autoridad?",
            "Au cours des 12 derniers mois, combien de fois avez-vous participé à une action "
            "politique ou citoyenne {in_country}, par exemple signer une pétition, assister à "
            "une réunion publique ou contacter un(e) élu(e) ou un(e) fonctionnaire ?",
            "Nos últimos 12 meses, quantas vezes você participou de uma ação política ou "
            "comunitária {in_country}, como assinar uma petição, ir a uma reunião pública ou "
            "contatar uma autoridade?",
            "خلال الأشهر الاثني عشر الماضية، كم مرة شاركت في نشاط سياسي أو مجتمعي {in_country}، "
            "مثل توقيع عريضة أو حضور اجتماع عام أو التواصل مع مسؤول؟",
        ),
        in_ipl12=False,
    ),
    # --- social
    Item(
        "soc1",
        "social",
        "ipl_contacts",
        Text(
            "In the last four weeks, with how many {citizens} have you talked, texted or "
            "exchanged messages?",
            "En las últimas cuatro semanas, ¿con cuántos {citizens} ha conversado o intercambiado "
            "mensajes?",
            "Au cours des quatre dernières semaines, avec combien de {citizens} avez-vous parlé "
            "ou échangé des messages ?",
            "Nas últimas quatro semanas, com quantos {citizens} você conversou ou trocou "
            "mensagens?",
            "خلال الأسابيع الأربعة الماضية، مع كم شخصًا من {citizens} تحدثت أو تبادلت الرسائل؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "soc2",
        "social",
        "ipl_frequency",
        Text(
            "In the last 12 months, how often have you had a meal with {citizens}?",
            "En los últimos 12 meses, ¿con qué frecuencia ha compartido una comida con {citizens}?",
            "Au cours des 12 derniers mois, à quelle fréquence avez-vous partagé un repas avec "
            "des {citizens} ?",
            "Nos últimos 12 meses, com que frequência você fez uma refeição com {citizens}?",
            "خلال الأشهر الاثني عشر الماضية، كم مرة تناولت وجبة مع {citizens}؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "soc3",
        "social",
        "ipl_membership",
        Text(
            "Are you a member of any group or organisation (for example a sports club, religious "
            "group, union or association) where most members are {citizens}?",
            "¿Es miembro de algún grupo u organización (por ejemplo un club deportivo, un grupo "
            "religioso, un sindicato o una asociación) donde la mayoría de los miembros son "
            "{citizens}?",
            "Êtes-vous membre d'un groupe ou d'une organisation (par exemple un club sportif, un "
            "groupe religieux, un syndicat ou une association) dont la plupart des membres sont "
            "des {citizens} ?",
            "Você é membro de algum grupo ou organização (por exemplo, um clube esportivo, grupo "
            "religioso, sindicato ou associação) em que a maioria dos membros são {citizens}?",
            "هل أنت عضو في أي مجموعة أو منظمة (مثل نادٍ رياضي أو جماعة دينية أو نقابة أو جمعية) "
            "يكون معظم أعضائها من {citizens}؟",
        ),
        in_ipl12=False,
    ),
    Item(
        "soc4",
        "social",
        "ipl_frequency",
        Text(
            "In the last 12 months, how often have you done small favours for {citizens} or "
            "received small favours from them (for example lending something or helping with a "
            "task)?",
            "En los últimos 12 meses, ¿con qué frecuencia ha hecho pequeños favores a {citizens} "
            "o los ha recibido de ellos (por ejemplo, prestar algo o ayudar con una tarea)?",
            "Au cours des 12 derniers mois, à quelle fréquence avez-vous rendu de petits services "
            "à des {citizens} ou en avez-vous reçu (par exemple prêter un objet ou aider à une "
            "tâche) ?",
            "Nos últimos 12 meses, com que frequência você fez pequenos favores para {citizens} "
            "ou recebeu favores deles (por exemplo, emprestar algo ou ajudar em uma tarefa)?",
            "خلال الأشهر الاثني عشر الماضية، كم مرة قدّمت خدمات صغيرة إلى {citizens} أو تلقيتها "
            "منهم (مثل إعارة شيء أو المساعدة في مهمة)؟",
        ),
        in_ipl12=False,
    ),
    # --- linguistic
    Item(
        "lin1",
        "linguistic",
        "ipl_ability",
        Text(
            "How well can you read and understand a simple newspaper article in {language}?",
            "¿Qué tan bien puede leer y entender un artículo sencillo de periódico en {language}?",
            "Dans quelle mesure pouvez-vous lire et comprendre un article de journal simple en "
            "{language} ?",
            "Quão bem você consegue ler e entender uma notícia simples de jornal em {language}?",
            "إلى أي مدى تستطيع قراءة مقال صحفي بسيط وفهمه باللغة {language}؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "lin2",
        "linguistic",
        "ipl_ability",
        Text(
            "How well can you hold a conversation in {language} about familiar topics such as "
            "your family, work or hobbies?",
            "¿Qué tan bien puede mantener una conversación en {language} sobre temas conocidos, "
            "como su familia, su trabajo o sus pasatiempos?",
            "Dans quelle mesure pouvez-vous tenir une conversation en {language} sur des sujets "
            "familiers comme votre famille, votre travail ou vos loisirs ?",
            "Quão bem você consegue manter uma conversa em {language} sobre assuntos do dia a "
            "dia, como sua família, seu trabalho ou seus passatempos?",
            "إلى أي مدى تستطيع إجراء محادثة باللغة {language} حول مواضيع مألوفة مثل عائلتك أو "
            "عملك أو هواياتك؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "lin3",
        "linguistic",
        "ipl_ability",
        Text(
            "How well can you write a simple text in {language} about your experiences?",
            "¿Qué tan bien puede escribir en {language} un texto sencillo sobre sus experiencias?",
            "Dans quelle mesure pouvez-vous écrire en {language} un texte simple sur vos "
            "expériences ?",
            "Quão bem você consegue escrever em {language} um texto simples sobre as suas "
            "experiências?",
            "إلى أي مدى تستطيع كتابة نص بسيط باللغة {language} عن تجاربك؟",
        ),
        in_ipl12=False,
    ),
    Item(
        "lin4",
        "linguistic",
        "ipl_ability",
        Text(
            "How well can you understand the main points of radio or TV programmes in {language} "
            "on familiar topics?",
            "¿Qué tan bien puede entender las ideas principales de programas de radio o "
            "televisión en {language} sobre temas conocidos?",
            "Dans quelle mesure pouvez-vous comprendre l'essentiel des émissions de radio ou de "
            "télévision en {language} sur des sujets familiers ?",
            "Quão bem você consegue entender as ideias principais de programas de rádio ou "
            "televisão em {language} sobre assuntos conhecidos?",
            "إلى أي مدى تستطيع فهم الأفكار الرئيسية لبرامج الإذاعة أو التلفزيون باللغة {language} "
            "حول مواضيع مألوفة؟",
        ),
        in_ipl12=False,
    ),
    # --- navigational
    Item(
        "nav1",
        "navigational",
        "ipl_ease",
        Text(
            "If you needed to see a doctor, how easy or difficult would it be for you to do so "
            "{in_country}?",
            "Si necesitara ver a un médico, ¿qué tan fácil o difícil le resultaría hacerlo "
            "{in_country}?",
            "Si vous deviez consulter un médecin, serait-il facile ou difficile de le faire "
            "{in_country} ?",
            "Se você precisasse consultar um médico, quão fácil ou difícil seria fazer isso "
            "{in_country}?",
            "لو احتجت إلى زيارة طبيب، ما مدى سهولة أو صعوبة ذلك بالنسبة لك {in_country}؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "nav2",
        "navigational",
        "ipl_ease",
        Text(
            "How easy or difficult would it be for you to search for a job {in_country}?",
            "¿Qué tan fácil o difícil le resultaría buscar trabajo {in_country}?",
            "Serait-il facile ou difficile pour vous de chercher un emploi {in_country} ?",
            "Quão fácil ou difícil seria para você procurar emprego {in_country}?",
            "ما مدى سهولة أو صعوبة البحث عن عمل بالنسبة لك {in_country}؟",
        ),
        in_ipl12=True,
    ),
    Item(
        "nav3",
        "navigational",
        "ipl_ease",
        Text(
            "If you had a legal problem, how easy or difficult would it be for you to get help "
            "(for example from a lawyer or a public office) {in_country}?",
            "Si tuviera un problema legal, ¿qué tan fácil o difícil le resultaría conseguir ayuda "
            "(por ejemplo, de un abogado o de una oficina pública) {in_country}?",
            "Si vous aviez un problème juridique, serait-il facile ou difficile d'obtenir de "
            "l'aide (par exemple d'un avocat ou d'un service public) {in_country} ?",
            "Se você tivesse um problema jurídico, quão fácil ou difícil seria conseguir ajuda "
            "(por exemplo, de um advogado ou de um órgão público) {in_country}?",
            "لو واجهت مشكلة قانونية، ما مدى سهولة أو صعوبة الحصول على المساعدة (مثلًا من محامٍ "
            "أو مكتب حكومي) {in_country}؟",
        ),
        in_ipl12=False,
    ),
    Item(
        "nav4",
        "navigational",
        "ipl_ability",
        Text(
            "How well do you know how to do everyday things {in_country}, such as paying taxes, "
            "following traffic rules or addressing a letter?",
            "¿Qué tan bien sabe hacer trámites cotidianos {in_country}, como pagar impuestos, "
            "respetar las normas de tránsito o enviar una carta?",
            "Savez-vous bien faire les choses de la vie courante {in_country}, comme payer "
            "des impôts, respecter le code de la route ou adresser une lettre ?",
            "Quão bem você sabe fazer coisas do dia a dia {in_country}, como pagar impostos, "
            "seguir as regras de trânsito ou enviar uma carta?",
            "إلى أي مدى تعرف كيف تقوم بالأمور اليومية {in_country}، مثل دفع الضرائب أو الالتزام "
            "بقواعد المرور أو إرسال رسالة بالبريد؟",
        ),
        in_ipl12=False,
    ),
)


def items_for(form: FormName, extra_dimensions: Iterable[str] = ()) -> tuple[Item, ...]:
    """The items a form asks, in source order (IPL-12: the first two of each dimension).

    ``extra_dimensions``: an IPL-12 that also asks the IPL-24 items of these dimensions (teams
    may extend the dimension that matters most to them).
    """
    extra = set(extra_dimensions)
    unknown = extra - set(DIMENSIONS)
    if unknown:
        raise ValueError(f"not IPL dimensions: {sorted(unknown)}")
    return tuple(
        item for item in ITEMS if form == "ipl24" or item.in_ipl12 or item.dimension in extra
    )


def items_by_dimension(
    form: FormName, extra_dimensions: Iterable[str] = ()
) -> dict[str, tuple[Item, ...]]:
    chosen = items_for(form, extra_dimensions)
    return {dim: tuple(i for i in chosen if i.dimension == dim) for dim in DIMENSIONS}


def score_text(score: Fraction) -> str:
    """How a score is written in the form's choices sheet: shortest round-tripping decimal."""
    text = repr(float(score))
    return text[:-2] if text.endswith(".0") else text
