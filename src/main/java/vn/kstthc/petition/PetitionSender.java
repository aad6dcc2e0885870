package vn.kstthc.petition;

/** The sender's personal data, stored apart from the petition (table kstthc_petition_sender). */
public record PetitionSender(String name, String address, String phone, String email) {}
