package vn.xaso.importer;

/** Pieces of a signed report that tests write around the passage they are about. */
final class Passages {
  private Passages() {}

  /**
   * A People's Committee's sign-off: the "Nơi nhận" list beside the role, as a Word table pasted
   * as text leaves it, then the signer's name under the role.
   */
  static String signOff(String signer) {
    return "\nNơi nhận:                     TM. ỦY BAN NHÂN DÂN\n- Lưu: VT.                    CHỦ TỊCH\n\n"
        + "                              " + signer + "\n\n";
  }
}
