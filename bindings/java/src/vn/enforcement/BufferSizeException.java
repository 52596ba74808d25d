package vn.enforcement;

/** Status -9: ENF_EBUFSIZE, a buffer is too small. */
public class BufferSizeException extends EnforcementException {
  private static final long serialVersionUID = 1L;

  /**
   * @param status the status code (-9)
   * @param message the library's message
   */
  public BufferSizeException(int status, String message) {
    super(status, message);
  }
}
