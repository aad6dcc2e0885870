package vn.kstthc.petition;

/** Where a petition stands; closed ones are {@link #DA_CHUYEN}, {@link #KHONG_XU_LY} and {@link #DA_CONG_KHAI}. */
public enum PetitionStatus {
  /** Recorded, not yet classified. */
  DA_TIEP_NHAN,
  /** Classified as handled: a unit drafts the answer. */
  DANG_XU_LY,
  /** Outside the Sở's competence: forwarded to the competent agency (NĐ 20/2008 art. 9.1.d). */
  DA_CHUYEN,
  /** Not to be handled (no content, already answered): closed with a reason. */
  KHONG_XU_LY,
  /** Answer approved by Lãnh đạo Sở. */
  DA_DUYET,
  /** Answer sent to the sender (e-mail or post). */
  DA_GUI,
  /** Recorded on the national PAKN system and published. */
  DA_CONG_KHAI
}
