package io.metalflow.ssh;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A public key blob (SSH wire format) described as OpenSSH prints it. */
record SshFingerprint(String keyType, String sha256) {

  /** Reads the key type (the blob's first string) and the {@code SHA256:...} fingerprint. */
  static SshFingerprint of(byte[] keyBlob) {
    return new SshFingerprint(keyType(keyBlob), sha256(keyBlob));
  }

  /** OpenSSH style: {@code SHA256:} then the unpadded base64 of the blob's SHA-256. */
  static String sha256(byte[] keyBlob) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyBlob);
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static String keyType(byte[] keyBlob) {
    ByteBuffer buffer = ByteBuffer.wrap(keyBlob);
    if (buffer.remaining() < 4) {
      return "unknown";
    }
    int length = buffer.getInt();
    if (length <= 0 || length > buffer.remaining()) {
      return "unknown";
    }
    return new String(keyBlob, 4, length, StandardCharsets.US_ASCII);
  }

  @Override
  public String toString() {
    return keyType + " " + sha256;
  }
}
