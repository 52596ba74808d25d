package vn.enforcement;

/** Status -9: ENF_EBUFSIZE, a buffer is too small. */
public class BufferSizeException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /** The status code of this class, -9. */
  public static final int STATUS = -9;

  /**
   * @param message what was refused, naming the parameter
   */
  public BufferSizeException(String message) {
    super(STATUS, message);
  }

  /**
   * @param status the status code (-9)
   * @param message the library's message
   */
  public BufferSizeException(int status, String message) {
    super(status, message);
  }
}
