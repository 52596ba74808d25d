// Part of the Debian packages' test (tests/packages/run.sh): loads the JNI
// library by name, as the installed binding does, from the directories
// Debian's Java searches (/usr/lib/<triplet>/jni), then loads and
// initialises every class of the installed jar.
//   java -cp DIR:JAR LoadAll JAR LIBRARY
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

public final class LoadAll {
  private LoadAll() {
  }

  public static void main(String[] args) throws Exception {
    System.loadLibrary(args[1]);
    int count = 0;
    ClassLoader loader = LoadAll.class.getClassLoader();
    try (JarFile jar = new JarFile(args[0])) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        String name = entries.nextElement().getName();
        // module-info and package-info are no classes to load.
        if (!name.endsWith(".class") || name.contains("-")) {
          continue;
        }
        String cls = name.substring(0, name.length() - 6).replace('/', '.');
        Class.forName(cls, true, loader);
        count++;
      }
    }
    if (count == 0) {
      throw new IllegalStateException(args[0] + " holds no class");
    }
    System.out.println("java: lib" + args[1] + ".so and " + count + " classes loaded");
  }
}
