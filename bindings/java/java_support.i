/*
 * What the Java typemaps (typemaps_java.i) call: on the C side, the JNI
 * helpers (exceptions by status, UTF-8 text, dates, holders, arrays in
 * and out); on the Java side, the checks made before a call and the
 * loader, in the module class Core.
 */
%{
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <enforcement.h>

/* Exception classes by status code (index -code; 0: the base class). */
static const char *const enf_java_exc[] = {
	"vn/enforcement/EnforcementException",
	"vn/enforcement/InvalidArgumentException",
	"vn/enforcement/RangeException",
	"vn/enforcement/OverflowException",
	"vn/enforcement/NotFoundException",
	"vn/enforcement/StateException",
	"vn/enforcement/ParseException",
	"vn/enforcement/OutOfMemoryException",
	"vn/enforcement/VersionException",
	"vn/enforcement/BufferSizeException",
	"vn/enforcement/DivisionByZeroException",
};

/* A Java String of n bytes of UTF-8 (invalid bytes become U+FFFD: the
 * JNI's own NewStringUTF reads modified UTF-8 and must not see them). */
static jstring enf_java_string(JNIEnv *jenv, const char *s, size_t n)
{
	jbyteArray b;
	jclass cls;
	jmethodID ctor;
	jstring cs, r = NULL;

	if (s == NULL)
		return NULL;
	b = (*jenv)->NewByteArray(jenv, (jsize)n);
	if (b == NULL)
		return NULL;
	(*jenv)->SetByteArrayRegion(jenv, b, 0, (jsize)n, (const jbyte *)s);
	cls = (*jenv)->FindClass(jenv, "java/lang/String");
	cs = cls != NULL ? (*jenv)->NewStringUTF(jenv, "UTF-8") : NULL;
	ctor = cs != NULL ? (*jenv)->GetMethodID(jenv, cls, "<init>",
						  "([BLjava/lang/String;)V")
			  : NULL;
	if (ctor != NULL)
		r = (jstring)(*jenv)->NewObject(jenv, cls, ctor, b, cs);
	(*jenv)->DeleteLocalRef(jenv, b);
	if (cls != NULL)
		(*jenv)->DeleteLocalRef(jenv, cls);
	if (cs != NULL)
		(*jenv)->DeleteLocalRef(jenv, cs);
	return r;
}

/* The bytes of a C string as a Java byte[] (NULL: null). */
static jbyteArray enf_java_bytes(JNIEnv *jenv, const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;
	jbyteArray b = s != NULL ? (*jenv)->NewByteArray(jenv, (jsize)n) : NULL;

	if (b != NULL)
		(*jenv)->SetByteArrayRegion(jenv, b, 0, (jsize)n, (const jbyte *)s);
	return b;
}

/* Throws the exception of status st with the message msg (not over one
 * already pending). */
static void enf_java_throw_text(JNIEnv *jenv, enf_status st, const char *msg)
{
	int i = -(int)st;
	jclass cls;
	jmethodID ctor;
	jstring text;
	jobject exc;

	if ((*jenv)->ExceptionCheck(jenv))
		return;
	if (i <= 0 || i >= (int)(sizeof(enf_java_exc) / sizeof(enf_java_exc[0])))
		i = 0;
	cls = (*jenv)->FindClass(jenv, enf_java_exc[i]);
	if (cls == NULL)
		return;
	text = enf_java_string(jenv, msg, strlen(msg));
	ctor = (*jenv)->GetMethodID(jenv, cls, "<init>",
				    "(ILjava/lang/String;)V");
	exc = text != NULL && ctor != NULL
		? (*jenv)->NewObject(jenv, cls, ctor, (jint)st, text)
		: NULL;
	if (exc != NULL)
		(*jenv)->Throw(jenv, (jthrowable)exc);
	(*jenv)->DeleteLocalRef(jenv, cls);
}

/* Throws the exception of a failed call: its status, enf_last_error(). */
static void enf_java_throw(JNIEnv *jenv, enf_status st)
{
	const char *msg = enf_last_error();

	enf_java_throw_text(jenv, st, *msg != '\0' ? msg : enf_status_str(st));
}

/* An array the call fills needs `need` elements: when the caller's has
 * fewer, throw and grow the C buffer so the call stays in bounds. */
static void enf_java_room(JNIEnv *jenv, void **buf, size_t *room, size_t need,
			  size_t elem, const char *name)
{
	char msg[160];
	void *grown;

	if (*room >= need)
		return;
	snprintf(msg, sizeof(msg), "%s: the array has %zu elements; %zu needed",
		 name, *room, need);
	grown = realloc(*buf, (need ? need : 1) * elem);
	if (grown != NULL)
		*buf = grown;
	*room = 0; /* nothing is copied back */
	enf_java_throw_text(jenv, ENF_EINVALID, msg);
}

/* Stores o into a holder's element 0 (no-op when an exception pends). */
static void enf_java_put(JNIEnv *jenv, jobjectArray holder, jobject o)
{
	if (holder != NULL && !(*jenv)->ExceptionCheck(jenv))
		(*jenv)->SetObjectArrayElement(jenv, holder, 0, o);
	if (o != NULL)
		(*jenv)->DeleteLocalRef(jenv, o);
}

static jobject enf_java_date(JNIEnv *jenv, enf_date d)
{
	jclass cls;
	jmethodID of;
	jobject r;

	if (d == ENF_DATE_NONE)
		return NULL;
	cls = (*jenv)->FindClass(jenv, "java/time/LocalDate");
	if (cls == NULL)
		return NULL;
	of = (*jenv)->GetStaticMethodID(jenv, cls, "ofEpochDay",
					"(J)Ljava/time/LocalDate;");
	r = of != NULL ? (*jenv)->CallStaticObjectMethod(jenv, cls, of, (jlong)d)
		       : NULL;
	(*jenv)->DeleteLocalRef(jenv, cls);
	return r;
}

/* A malloc'd copy of a Java long[] (NULL, 0 for null), each element
 * converted to elem bytes (4 or 8; the Java side checked the range). */
static void *enf_java_longs_in(JNIEnv *jenv, jlongArray a, size_t elem,
			       size_t *n)
{
	jlong *e;
	char *v;

	*n = 0;
	if (a == NULL)
		return NULL;
	*n = (size_t)(*jenv)->GetArrayLength(jenv, a);
	v = malloc((*n ? *n : 1) * elem);
	e = v != NULL ? (*jenv)->GetLongArrayElements(jenv, a, NULL) : NULL;
	for (size_t i = 0; e != NULL && i < *n; i++) {
		if (elem == sizeof(int32_t))
			((int32_t *)(void *)v)[i] = (int32_t)e[i];
		else
			((int64_t *)(void *)v)[i] = (int64_t)e[i];
	}
	if (e != NULL)
		(*jenv)->ReleaseLongArrayElements(jenv, a, e, JNI_ABORT);
	return v;
}

/* A new Java long[] of n integers of elem bytes (4 or 8, signed). */
static jlongArray enf_java_longs_out(JNIEnv *jenv, const void *p, size_t elem,
				     size_t n)
{
	jlongArray a = (*jenv)->NewLongArray(jenv, (jsize)n);

	for (size_t i = 0; a != NULL && i < n; i++) {
		jlong x = elem == sizeof(int32_t)
			? (jlong)((const int32_t *)p)[i]
			: (jlong)((const int64_t *)p)[i];
		(*jenv)->SetLongArrayRegion(jenv, a, (jsize)i, 1, &x);
	}
	return a;
}

/* Text in: arrays of UTF-8 bytes each ending in NUL (the Java side made
 * them), pinned for the call. */
typedef struct enf_java_strv {
	jobjectArray arr;
	jbyteArray *items;
	const char **ptrs;
	size_t n;
} enf_java_strv;

static void enf_java_strv_get(JNIEnv *jenv, jobjectArray a, enf_java_strv *v)
{
	memset(v, 0, sizeof(*v));
	v->arr = a;
	if (a == NULL)
		return;
	v->n = (size_t)(*jenv)->GetArrayLength(jenv, a);
	v->items = calloc(v->n ? v->n : 1, sizeof(*v->items));
	v->ptrs = calloc(v->n ? v->n : 1, sizeof(*v->ptrs));
	if (v->items == NULL || v->ptrs == NULL) {
		v->n = 0;
		return;
	}
	for (size_t i = 0; i < v->n; i++) {
		v->items[i] = (jbyteArray)(*jenv)->GetObjectArrayElement(
			jenv, a, (jsize)i);
		if (v->items[i] != NULL)
			v->ptrs[i] = (const char *)(*jenv)->GetByteArrayElements(
				jenv, v->items[i], NULL);
	}
}

static void enf_java_strv_release(JNIEnv *jenv, enf_java_strv *v)
{
	for (size_t i = 0; i < v->n; i++) {
		if (v->items[i] == NULL)
			continue;
		if (v->ptrs[i] != NULL)
			(*jenv)->ReleaseByteArrayElements(
				jenv, v->items[i], (jbyte *)v->ptrs[i], JNI_ABORT);
		(*jenv)->DeleteLocalRef(jenv, v->items[i]);
	}
	free(v->items);
	free((void *)v->ptrs);
}

/* Pointers in: a Java long[] of addresses (the Java side refused null
 * and freed objects), copied into a malloc'd array of pointers. */
static void **enf_java_ptrs_in(JNIEnv *jenv, jlongArray a, size_t *n)
{
	jlong *e;
	void **v;

	*n = 0;
	if (a == NULL)
		return NULL;
	*n = (size_t)(*jenv)->GetArrayLength(jenv, a);
	v = calloc(*n ? *n : 1, sizeof(*v));
	e = v != NULL ? (*jenv)->GetLongArrayElements(jenv, a, NULL) : NULL;
	for (size_t i = 0; e != NULL && i < *n; i++)
		v[i] = (void *)(intptr_t)e[i];
	if (e != NULL)
		(*jenv)->ReleaseLongArrayElements(jenv, a, e, JNI_ABORT);
	if (v == NULL)
		*n = 0;
	return v;
}

/* The addresses of n pointers as a Java long[]. */
static jlongArray enf_java_ptrs_out(JNIEnv *jenv, void *const *p, size_t n)
{
	jlongArray a = (*jenv)->NewLongArray(jenv, (jsize)n);

	for (size_t i = 0; a != NULL && i < n; i++) {
		jlong x = (jlong)(intptr_t)p[i];
		(*jenv)->SetLongArrayRegion(jenv, a, (jsize)i, 1, &x);
	}
	return a;
}
%}

%pragma(java) jniclasscode=%{
  static {
    vn.enforcement.core.Core.loadLibrary();
  }
%}
%pragma(java) modulecode=%{
  private static boolean loaded;

  /** Loads libenforcement_jni: from the path in the system property
   * vn.enforcement.library when set, else from java.library.path. */
  static synchronized void loadLibrary() {
    if (loaded)
      return;
    String path = System.getProperty("vn.enforcement.library");
    if (path != null && !path.isEmpty())
      System.load(path);
    else
      System.loadLibrary("enforcement_jni");
    loaded = true;
  }

  /** The day number of a date (days since 1970-01-01); null is
   * ENF_DATE_NONE. */
  public static int day(java.time.LocalDate d) {
    if (d == null)
      return Integer.MIN_VALUE;
    long e = d.toEpochDay();
    if (e < -719162L || e > 2932896L)
      throw new vn.enforcement.RangeException("date " + d
          + " is outside 0001-01-01..9999-12-31");
    return (int) e;
  }

  /** The date of a day number; ENF_DATE_NONE is null. */
  public static java.time.LocalDate date(int day) {
    return day == Integer.MIN_VALUE ? null : java.time.LocalDate.ofEpochDay(day);
  }

  /** A holder's room: 1, or an exception for a null or empty holder. */
  static int room(Object holder, String name) {
    if (holder == null || java.lang.reflect.Array.getLength(holder) < 1)
      throw new vn.enforcement.InvalidArgumentException(name
          + " is " + (holder == null ? "null" : "empty")
          + "; expected a holder array of one element");
    return 1;
  }

  /** The address of an object passed in; a closed one is refused. */
  static long open(long ptr, Object proxy, String name) {
    if (proxy != null && ptr == 0)
      throw new vn.enforcement.StateException(name
          + " is closed; expected an open object");
    return ptr;
  }

  /** Text from UTF-8 bytes; null stays null. */
  static String string(byte[] b) {
    return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Text as UTF-8 ending in NUL; null stays null. */
  static byte[] utf8z(String s) {
    if (s == null)
      return null;
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return java.util.Arrays.copyOf(b, b.length + 1);
  }

  /** Text as UTF-8 (no NUL at the end); null stays null. */
  static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Each text as UTF-8 ending in NUL; a null element is refused. */
  static byte[][] utf8all(String[] v, String name) {
    if (v == null)
      return null;
    byte[][] r = new byte[v.length][];
    for (int i = 0; i < v.length; i++) {
      if (v[i] == null)
        throw new vn.enforcement.InvalidArgumentException(name + "["
            + i + "] is null; expected text");
      r[i] = utf8z(v[i]);
    }
    return r;
  }

  /** Addresses of objects; a null or freed one is refused. */
  static long[] ptrs(long[] p, String name) {
    if (p == null)
      return null;
    for (int i = 0; i < p.length; i++)
      if (p[i] == 0)
        throw new vn.enforcement.InvalidArgumentException(name + "["
            + i + "] is null or closed; expected an open object");
    return p;
  }

  /** An array out needs one element per element in, plus extra. */
  static void need(long[] out, Object in, int extra, String outName, String inName) {
    int n = (in == null ? 0 : java.lang.reflect.Array.getLength(in)) + extra;
    if (out == null || out.length < n)
      throw new vn.enforcement.InvalidArgumentException(outName + ": the array has "
          + (out == null ? "no" : String.valueOf(out.length)) + " elements; " + n
          + " needed (one per element of " + inName + (extra > 0 ? ", plus " + extra : "")
          + ")");
  }

  /** Names and values go in pairs. */
  static void pairs(String[] names, long[] values, String namesName, String valuesName) {
    int n = names == null ? 0 : names.length;
    int v = values == null ? 0 : values.length;
    if (n != v)
      throw new vn.enforcement.InvalidArgumentException(namesName + " has " + n
          + " elements but " + valuesName + " has " + v + "; expected one value per name");
  }

  /** Integers in: checked against the C type's range. */
  static long[] values(long[] v, String ctype, String name) {
    if (v != null && ctype.startsWith("int32"))
      for (int i = 0; i < v.length; i++)
        if (v[i] < Integer.MIN_VALUE || v[i] > Integer.MAX_VALUE)
          throw new vn.enforcement.RangeException(name + "[" + i
              + "] is " + v[i] + "; outside the 32-bit range");
    return v;
  }

  /** A column of the C type: int[] for int32_t, long[] for int64_t, or
   * null (not wanted). */
  static Object column(Object c, String ctype, String name) {
    boolean ok = c == null || (ctype.startsWith("int32") ? c instanceof int[]
                                                          : c instanceof long[]);
    if (!ok)
      throw new vn.enforcement.InvalidArgumentException(name
          + ": expected " + (ctype.startsWith("int32") ? "an int[]" : "a long[]")
          + " or null, got " + c.getClass().getSimpleName());
    return c;
  }
%}
