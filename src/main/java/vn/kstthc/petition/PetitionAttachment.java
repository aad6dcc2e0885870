package vn.kstthc.petition;

/** An attached file's metadata; the file stays where the channel keeps it ({@code storageReference}). */
public record PetitionAttachment(String fileName, String mediaType, Long sizeBytes, String storageReference) {}
