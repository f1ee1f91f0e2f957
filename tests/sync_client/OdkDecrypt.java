import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Independent decryptor of the ODK encrypted-submission format, written from the format
 * description (as ODK Briefcase does it) with only the JDK: javax.crypto and javax.xml.
 * Usage: java OdkDecrypt KEY.pkcs8.der SUBMISSION_DIR OUT_DIR. Prints "signature ok" and writes
 * the plaintext files to OUT_DIR; exits 1 on any mismatch.
 */
public class OdkDecrypt {
    static String text(Document d, String local) {
        NodeList l = d.getElementsByTagNameNS("*", local);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().trim();
    }

    public static void main(String[] args) throws Exception {
        byte[] der = Files.readAllBytes(Path.of(args[0]));
        PrivateKey priv = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        Path dir = Path.of(args[1]);
        Path out = Path.of(args[2]);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(dir.resolve("submission.xml").toFile());
        Element root = doc.getDocumentElement();
        String formId = root.getAttribute("id");
        String version = root.hasAttribute("version") ? root.getAttribute("version") : null;
        String wrapped = text(doc, "base64EncryptedKey");
        String instanceId = text(doc, "instanceID");
        String xmlFile = text(doc, "encryptedXmlFile");
        String sig = text(doc, "base64EncryptedElementSignature");
        List<String> files = new ArrayList<>();
        NodeList media = doc.getElementsByTagNameNS("*", "file");
        for (int i = 0; i < media.getLength(); i++) files.add(media.item(i).getTextContent().trim());
        files.add(xmlFile);

        OAEPParameterSpec oaep = new OAEPParameterSpec(
            "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.DECRYPT_MODE, priv, oaep);
        byte[] key = rsa.doFinal(Base64.getDecoder().decode(wrapped));

        MessageDigest md = MessageDigest.getInstance("MD5");
        md.update(instanceId.getBytes(StandardCharsets.UTF_8));
        md.update(key);
        byte[] seed = Arrays.copyOf(md.digest(), 16);

        StringBuilder source = new StringBuilder();
        source.append(formId).append('\n');
        if (version != null) source.append(version).append('\n');
        source.append(wrapped).append('\n').append(instanceId).append('\n');
        Files.createDirectories(out);
        for (int i = 0; i < files.size(); i++) {
            seed[i % 16]++;
            Cipher aes = Cipher.getInstance("AES/CFB/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(seed.clone()));
            byte[] plain = aes.doFinal(Files.readAllBytes(dir.resolve(files.get(i))));
            String name = files.get(i).substring(0, files.get(i).length() - 4);
            Files.write(out.resolve(name), plain);
            StringBuilder hex = new StringBuilder();
            for (byte b : MessageDigest.getInstance("MD5").digest(plain)) hex.append(String.format("%02x", b));
            source.append(name).append("::").append(hex).append('\n');
        }
        byte[] expected = MessageDigest.getInstance("MD5").digest(
            source.toString().getBytes(StandardCharsets.UTF_8));
        rsa.init(Cipher.DECRYPT_MODE, priv, oaep);
        byte[] got = rsa.doFinal(Base64.getDecoder().decode(sig));
        if (!Arrays.equals(expected, got)) {
            System.out.println("signature MISMATCH");
            System.exit(1);
        }
        System.out.println("signature ok");
    }
}
