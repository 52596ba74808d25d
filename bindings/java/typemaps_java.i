/*
 * The Java (JNI) typemaps of the enforcement interface.
 *
 * ../enforcement.i (language-neutral) says which parameters are
 * out-parameters, owned objects, owned text or records through the ENF_*
 * macros; this file defines those macros for Java. The generated classes
 * (package vn.enforcement.core) stay close to C; the hand-written package
 * vn.enforcement is the layer programmers use. Conventions:
 *
 * - a negative enf_status throws the vn.enforcement exception of its code
 *   (InvalidArgumentException for ENF_EINVALID, ...) with enf_last_error()
 *   as the message; a call that succeeds returns void;
 * - Java has no multiple results: an out-parameter is a holder, an array
 *   of one element the call fills (long[] for integers, String[] for
 *   text, LocalDate[] for dates, T[] for objects and arrays of records);
 *   a record out-parameter (T *out) is a proxy the caller creates and the
 *   call fills;
 * - enf_date is java.time.LocalDate (ENF_DATE_NONE is null), money and
 *   counts are long, text is String (UTF-8 both ways);
 * - an object returned through T **out is owned by its proxy: delete()
 *   (or close(): every proxy is AutoCloseable) frees it; a proxy whose
 *   object was freed is refused before the call with a StateException
 *   naming the parameter, and null reaches the library as NULL, which it
 *   refuses where NULL is not allowed (never a crash).
 *
 * Failures found before the call (a missing holder, a null element, an
 * array too short) throw before the library runs, so no object changes.
 */

%include <enumtypeunsafe.swg>

%include "java_support.i"

/* Every proxy is AutoCloseable: close() is delete(), which frees what the
 * proxy owns (nothing for a borrowed one); a second close does nothing. */
%typemap(javainterfaces) SWIGTYPE "java.lang.AutoCloseable"
%typemap(javacode) SWIGTYPE %{
  /** Frees what this proxy owns, as delete() does. */
  @Override
  public void close() {
    delete();
  }
%}

/* int64_t is long on LP64 (SWIGWORDSIZE64, so pointers to it match the
 * headers'), and a Java long either way: SWIG's Java long is 32 bits. */
%include <stdint.i>
%apply long long { long, unsigned long };
%apply const long long & { const long &, const unsigned long & };

/* ---- status -> exception ------------------------------------------- */
%typemap(jni) enf_status "void"
%typemap(jtype) enf_status "void"
%typemap(jstype) enf_status "void"
%typemap(javaout) enf_status { $jnicall; }
%typemap(out) enf_status {
	if ($1 < 0)
		enf_java_throw(jenv, $1);
}
/* enf_status_str takes a status, enf_last_status gives one: int. */
%typemap(jni) enf_status status "jint"
%typemap(jtype) enf_status status "int"
%typemap(jstype) enf_status status "int"
%typemap(javain) enf_status status "$javainput"
%typemap(in) enf_status status { $1 = (enf_status)$input; }
%typemap(jni) enf_status enf_last_status "jint"
%typemap(jtype) enf_status enf_last_status "int"
%typemap(jstype) enf_status enf_last_status "int"
%typemap(javaout) enf_status enf_last_status { return $jnicall; }
%typemap(out) enf_status enf_last_status { $result = (jint)$1; }

/* The status codes themselves are the constants of
 * vn.enforcement.EnforcementException (an int each, as the C codes). */
%ignore ENF_OK;
%ignore ENF_EINVALID;
%ignore ENF_ERANGE;
%ignore ENF_EOVERFLOW;
%ignore ENF_ENOTFOUND;
%ignore ENF_ESTATE;
%ignore ENF_EPARSE;
%ignore ENF_ENOMEM;
%ignore ENF_EVERSION;
%ignore ENF_EBUFSIZE;
%ignore ENF_EDIVZERO;
/* The version string as a literal (its getter would return bytes). */
%javaconst(1) ENF_VERSION;

/* ---- text: UTF-8 both ways ----------------------------------------- */
/* In, Java makes the bytes (ending in NUL); out, Java decodes them. */
%typemap(jni) const char *, char * "jbyteArray"
%typemap(jtype) const char *, char * "byte[]"
%typemap(jstype) const char *, char * "String"
%typemap(javain) const char *, char * "Core.utf8z($javainput)"
%typemap(javaout) const char *, char * { return Core.string($jnicall); }
%typemap(in) const char *, char * {
	$1 = $input != NULL
		? ($1_ltype)(*jenv)->GetByteArrayElements(jenv, $input, NULL)
		: NULL;
}
%typemap(freearg) const char *, char * {
	if ($1 != NULL)
		(*jenv)->ReleaseByteArrayElements(jenv, $input, (jbyte *)$1, JNI_ABORT);
}
%typemap(out) const char *, char * {
	$result = enf_java_bytes(jenv, $1);
}

/* Counted text in (enf_io_import_json_n): a String as UTF-8. */
%typemap(jni) (const char *text, size_t len) "jbyteArray"
%typemap(jtype) (const char *text, size_t len) "byte[]"
%typemap(jstype) (const char *text, size_t len) "String"
%typemap(javain) (const char *text, size_t len) "Core.utf8($javainput)"
%typemap(in) (const char *text, size_t len) {
	$1 = NULL;
	$2 = 0;
	if ($input != NULL) {
		$1 = ($1_ltype)(*jenv)->GetByteArrayElements(jenv, $input, NULL);
		$2 = (size_t)(*jenv)->GetArrayLength(jenv, $input);
	}
}
%typemap(freearg) (const char *text, size_t len) {
	if ($1 != NULL)
		(*jenv)->ReleaseByteArrayElements(jenv, $input, (jbyte *)$1, JNI_ABORT);
}

/* ---- dates --------------------------------------------------------- */
%typemap(jni) enf_date "jint"
%typemap(jtype) enf_date "int"
%typemap(jstype) enf_date "java.time.LocalDate"
%typemap(javain) enf_date "Core.day($javainput)"
%typemap(javaout) enf_date { return Core.date($jnicall); }
%typemap(in) enf_date "$1 = (enf_date)$input;"
%typemap(out) enf_date "$result = (jint)$1;"

/* ---- the macros of ../enforcement.i -------------------------------- */

/* A holder parameter: jni, Java types and the check made in Java. */
%define ENF_JAVA_HOLDER(CTYPE, JNI, JTYPE, NAME)
%typemap(jni) CTYPE JNI
%typemap(jtype) CTYPE JTYPE
%typemap(jstype) CTYPE JTYPE
%typemap(javain, pre="    Core.room($javainput, \"NAME\");") CTYPE "$javainput"
%enddef

/* An integer out-parameter TYPE *NAME: a long[] holder. */
%define ENF_OUT_VALUE(TYPE, NAME)
ENF_JAVA_HOLDER(TYPE *NAME, "jlongArray", "long[]", NAME)
%typemap(in) TYPE *NAME (TYPE tmp = 0) { $1 = &tmp; }
%typemap(argout) TYPE *NAME {
	if (!(*jenv)->ExceptionCheck(jenv)) {
		jlong v = (jlong)*$1;
		(*jenv)->SetLongArrayRegion(jenv, $input, 0, 1, &v);
	}
}
%enddef

/* A static string out-parameter const char **NAME: a String[] holder. */
%define ENF_OUT_STRING(NAME)
ENF_JAVA_HOLDER(const char **NAME, "jobjectArray", "String[]", NAME)
%typemap(in) const char **NAME (const char *tmp = NULL) { $1 = ($1_ltype)&tmp; }
%typemap(argout) const char **NAME {
	if (!(*jenv)->ExceptionCheck(jenv))
		enf_java_put(jenv, $input, enf_java_string(jenv, *$1 ? *$1 : "", *$1 ? strlen(*$1) : 0));
}
%enddef

/* Text written into a buffer (char *BUF, size_t SIZE): a String[]
 * holder. */
%define ENF_OUT_TEXT_BUFFER(BUF, SIZE)
ENF_JAVA_HOLDER((char *BUF, size_t SIZE), "jobjectArray", "String[]", BUF)
%typemap(in) (char *BUF, size_t SIZE) (char tmp[256]) {
	$1 = tmp;
	$2 = sizeof(tmp);
	tmp[0] = '\0';
}
%typemap(argout) (char *BUF, size_t SIZE) {
	if (!(*jenv)->ExceptionCheck(jenv))
		enf_java_put(jenv, $input, enf_java_string(jenv, $1, strlen($1)));
}
%typemap(freearg) (char *BUF, size_t SIZE) ""
%enddef

/* Text the library allocates (char **OUT, size_t *LEN), freed with FREE:
 * a String[] holder. */
%define ENF_OUT_OWNED_TEXT(OUT, LEN, FREE)
ENF_JAVA_HOLDER((char **OUT, size_t *LEN), "jobjectArray", "String[]", OUT)
%typemap(in) (char **OUT, size_t *LEN) (char *tmp = NULL, size_t tmplen = 0) {
	$1 = &tmp;
	$2 = &tmplen;
}
%typemap(argout) (char **OUT, size_t *LEN) {
	if (*$1 != NULL && !(*jenv)->ExceptionCheck(jenv))
		enf_java_put(jenv, $input, enf_java_string(jenv, *$1, *$2));
	FREE(*$1);
}
%typemap(freearg) (char **OUT, size_t *LEN) ""
%enddef

/* Bytes the library allocates: a byte[][] holder. */
%define ENF_OUT_OWNED_BYTES(OUT, LEN, FREE)
ENF_JAVA_HOLDER((char **OUT, size_t *LEN), "jobjectArray", "byte[][]", OUT)
%typemap(in) (char **OUT, size_t *LEN) (char *tmp = NULL, size_t tmplen = 0) {
	$1 = &tmp;
	$2 = &tmplen;
}
%typemap(argout) (char **OUT, size_t *LEN) {
	if (*$1 != NULL && !(*jenv)->ExceptionCheck(jenv)) {
		jbyteArray b = (*jenv)->NewByteArray(jenv, (jsize)*$2);
		if (b != NULL)
			(*jenv)->SetByteArrayRegion(jenv, b, 0, (jsize)*$2, (const jbyte *)*$1);
		enf_java_put(jenv, $input, b);
	}
	FREE(*$1);
}
%typemap(freearg) (char **OUT, size_t *LEN) ""
%enddef

/* A date out-parameter enf_date *NAME: a LocalDate[] holder (null for
 * ENF_DATE_NONE). */
%define ENF_OUT_DATE(NAME)
ENF_JAVA_HOLDER(enf_date *NAME, "jobjectArray", "java.time.LocalDate[]", NAME)
%typemap(in) enf_date *NAME (enf_date tmp = ENF_DATE_NONE) { $1 = &tmp; }
%typemap(argout) enf_date *NAME {
	if (!(*jenv)->ExceptionCheck(jenv))
		enf_java_put(jenv, $input, enf_java_date(jenv, *$1));
}
%enddef

/* Periods and lunar dates are the records enf_period (first, last as
 * LocalDate) and enf_lunar_date: out, a proxy the caller creates and the
 * call fills; in, a proxy. SWIG's pointer mapping says that already. */
%define ENF_OUT_PERIOD(NAME)
%enddef
%define ENF_IN_PERIOD(NAME)
%enddef
%define ENF_OUT_LUNAR(NAME)
%enddef
%define ENF_IN_LUNAR(NAME)
%enddef

/* A record out-parameter T *NAME: the proxy the caller made (new T()),
 * filled by the call. */
%define ENF_OUT_RECORD_NAMED(T, NAME)
%enddef


/* A new object T **out: a T[] holder given a proxy that owns it (null on
 * error). */
%define ENF_OUT_OBJECT(T)
/* ... and passed in, a closed proxy is refused before the call (null
 * stays NULL: the library says where it is allowed). */
%typemap(javain) T *, const T * "Core.open($javaclassname.getCPtr($javainput), $javainput, \"$javainput\")"
%typemap(jni) T **out "jlongArray"
%typemap(jtype) T **out "long[]"
%typemap(jstype) T **out "$typemap(jstype, T *)[]"
%typemap(javain,
	pre="    long[] temp$javainput = new long[Core.room($javainput, \"out\")];",
	post="      $javainput[0] = temp$javainput[0] == 0 ? null : new $typemap(jstype, T *)(temp$javainput[0], true);"
	) T **out "temp$javainput"
%typemap(in) T **out (T *tmp = NULL) { $1 = &tmp; }
%typemap(argout) T **out {
	if (!(*jenv)->ExceptionCheck(jenv)) {
		jlong p = (jlong)(intptr_t)*$1;
		(*jenv)->SetLongArrayRegion(jenv, $input, 0, 1, &p);
	}
}
%enddef

/* A borrowed object T **NAME: a T[] holder given a proxy that does not
 * own it (the layer above keeps its owner alive beside it). */
%define ENF_OUT_BORROWED(T, NAME)
%typemap(jni) T **NAME "jlongArray"
%typemap(jtype) T **NAME "long[]"
%typemap(jstype) T **NAME "$typemap(jstype, T *)[]"
%typemap(javain,
	pre="    long[] temp$javainput = new long[Core.room($javainput, \"NAME\")];",
	post="      $javainput[0] = temp$javainput[0] == 0 ? null : new $typemap(jstype, T *)(temp$javainput[0], false);"
	) T **NAME "temp$javainput"
%typemap(in) T **NAME (T *tmp = NULL) { $1 = &tmp; }
%typemap(argout) T **NAME {
	if (!(*jenv)->ExceptionCheck(jenv)) {
		jlong p = (jlong)(intptr_t)*$1;
		(*jenv)->SetLongArrayRegion(jenv, $input, 0, 1, &p);
	}
}
%enddef

/* Bytes in: (const char *DATA, size_t LEN) from a byte[]. */
%define ENF_IN_BYTES(DATA, LEN)
%typemap(jni) (const char *DATA, size_t LEN) "jbyteArray"
%typemap(jtype) (const char *DATA, size_t LEN) "byte[]"
%typemap(jstype) (const char *DATA, size_t LEN) "byte[]"
%typemap(javain) (const char *DATA, size_t LEN) "$javainput"
%typemap(in) (const char *DATA, size_t LEN) {
	$1 = NULL;
	$2 = 0;
	if ($input != NULL) {
		$1 = ($1_ltype)(*jenv)->GetByteArrayElements(jenv, $input, NULL);
		$2 = (size_t)(*jenv)->GetArrayLength(jenv, $input);
	}
}
%typemap(freearg) (const char *DATA, size_t LEN) {
	if ($1 != NULL)
		(*jenv)->ReleaseByteArrayElements(jenv, $input, (jbyte *)$1, JNI_ABORT);
}
%enddef

/* An array of text in: (const char *const *PTRS, size_t COUNT) from a
 * String[] (null: none). */
%define ENF_IN_STRINGS(PTRS, COUNT)
%typemap(jni) (const char *const *PTRS, size_t COUNT) "jobjectArray"
%typemap(jtype) (const char *const *PTRS, size_t COUNT) "byte[][]"
%typemap(jstype) (const char *const *PTRS, size_t COUNT) "String[]"
%typemap(javain) (const char *const *PTRS, size_t COUNT) "Core.utf8all($javainput, \"PTRS\")"
%typemap(in) (const char *const *PTRS, size_t COUNT) (enf_java_strv v) {
	enf_java_strv_get(jenv, $input, &v);
	$1 = ($1_ltype)v.ptrs;
	$2 = v.n;
}
%typemap(freearg) (const char *const *PTRS, size_t COUNT) {
	enf_java_strv_release(jenv, &v$argnum);
}
%enddef

/* An array of objects in: (const T *const *PTRS, size_t N) from a T[]
 * (each borrowed for the call; a null or closed one is refused). */
%define ENF_IN_OBJECTS(T, PTRS, N)
%typemap(jni) (const T *const *PTRS, size_t N) "jlongArray"
%typemap(jtype) (const T *const *PTRS, size_t N) "long[]"
%typemap(jstype) (const T *const *PTRS, size_t N) "$typemap(jstype, T *)[]"
%typemap(javain) (const T *const *PTRS, size_t N) "Core.ptrs($javainput == null ? null : java.util.Arrays.stream($javainput).mapToLong($typemap(jstype, T *)::getCPtr).toArray(), \"PTRS\")"
%typemap(in) (const T *const *PTRS, size_t N) {
	$1 = ($1_ltype)enf_java_ptrs_in(jenv, $input, &$2);
}
%typemap(freearg) (const T *const *PTRS, size_t N) {
	free((void *)$1);
}
%enddef

/* Records in, copied: the Java side of ENF_IN_RECORDS. */
%define ENF_JAVA_RECORDS_IN(T, PTRS, N)
%typemap(jni) (const T *PTRS, size_t N) "jlongArray"
%typemap(jtype) (const T *PTRS, size_t N) "long[]"
%typemap(jstype) (const T *PTRS, size_t N) "$typemap(jstype, T *)[]"
%typemap(javain) (const T *PTRS, size_t N) "Core.ptrs($javainput == null ? null : java.util.Arrays.stream($javainput).mapToLong($typemap(jstype, T *)::getCPtr).toArray(), \"PTRS\")"
%typemap(in) (const T *PTRS, size_t N) (T *recs = NULL) {
	void **p = enf_java_ptrs_in(jenv, $input, &$2);
	recs = $2 != 0 ? malloc($2 * sizeof(T)) : NULL;
	for (size_t i = 0; recs != NULL && i < $2; i++)
		recs[i] = *(const T *)p[i];
	if (recs == NULL)
		$2 = 0;
	free(p);
	$1 = recs;
}
%typemap(freearg) (const T *PTRS, size_t N) {
	free(recs$argnum);
}
%enddef

/* An array of records in: (const T *PTR, size_t N) from a T[] of proxies
 * (copied; null gives (NULL, 0)). */
%define ENF_IN_RECORDS(T, PTR, N)
ENF_JAVA_RECORDS_IN(T, PTR, N)
%enddef

/* An integer array the call fills, OUT, sized by the input that follows
 * it: a long[] the caller creates with at least that many elements
 * (checked in Java before the call, Core.need(); the check typemaps
 * below keep the C side in bounds whatever the caller). */
%define ENF_JAVA_VALUES_OUT(OUT_T, OUT)
%typemap(jni) OUT_T *OUT "jlongArray"
%typemap(jtype) OUT_T *OUT "long[]"
%typemap(jstype) OUT_T *OUT "long[]"
%typemap(javain) OUT_T *OUT "$javainput"
%typemap(in) OUT_T *OUT (size_t room = 0) {
	room = $input != NULL ? (size_t)(*jenv)->GetArrayLength(jenv, $input) : 0;
	$1 = calloc(room ? room : 1, sizeof(OUT_T));
}
%typemap(argout) OUT_T *OUT {
	if ($input != NULL && !(*jenv)->ExceptionCheck(jenv)) {
		for (size_t i = 0; i < room$argnum; i++) {
			jlong x = (jlong)$1[i];
			(*jenv)->SetLongArrayRegion(jenv, $input, (jsize)i, 1, &x);
		}
	}
}
%typemap(freearg) OUT_T *OUT { free($1); }
%enddef
/* An integer array out, one per record in: OUT a long[] the caller
 * creates (as long as the records), (PTR, N) a T[] of proxies. */
%define ENF_OUT_VALUES_FOR_RECORDS(OUT_T, OUT, T, PTR, N)
ENF_JAVA_VALUES_OUT(OUT_T, OUT)
%typemap(javain, pre="    Core.need(OUT, PTR, 0, \"OUT\", \"PTR\");") OUT_T *OUT "$javainput"
ENF_JAVA_RECORDS_IN(T, PTR, N)
%typemap(check) (OUT_T *OUT, const T *PTR, size_t N) {
	enf_java_room(jenv, (void **)&$1, &room$argnum, $3, sizeof(OUT_T), #OUT);
}
%enddef

/* An integer array out of N + EXTRA values for N values in: OUT a long[]
 * the caller creates, (PTR, N) a long[]. */
%define ENF_OUT_VALUES_FOR_VALUES(OUT_T, OUT, IN_T, PTR, N, EXTRA)
ENF_JAVA_VALUES_OUT(OUT_T, OUT)
%typemap(javain, pre="    Core.need(OUT, PTR, EXTRA, \"OUT\", \"PTR\");") OUT_T *OUT "$javainput"
ENF_IN_VALUES(IN_T, PTR, N)
%typemap(check) (OUT_T *OUT, const IN_T *PTR, size_t N) {
	enf_java_room(jenv, (void **)&$1, &room$argnum, $3 + EXTRA, sizeof(OUT_T), #OUT);
}
%enddef

/* Integers in: (const T *PTR, size_t N) from a long[] (null: none). */
%define ENF_IN_VALUES(T, PTR, N)
%typemap(jni) (const T *PTR, size_t N) "jlongArray"
%typemap(jtype) (const T *PTR, size_t N) "long[]"
%typemap(jstype) (const T *PTR, size_t N) "long[]"
%typemap(javain) (const T *PTR, size_t N) "Core.values($javainput, \"T\", \"PTR\")"
%typemap(in) (const T *PTR, size_t N) {
	$1 = enf_java_longs_in(jenv, $input, sizeof(T), &$2);
}
%typemap(freearg) (const T *PTR, size_t N) { free((void *)$1); }
%enddef

/* An integer array out of the caller's size: (T *PTR, size_t N) from a
 * long[], filled by the call. */
%define ENF_OUT_VALUES_SIZED(T, PTR, N)
%typemap(jni) (T *PTR, size_t N) "jlongArray"
%typemap(jtype) (T *PTR, size_t N) "long[]"
%typemap(jstype) (T *PTR, size_t N) "long[]"
%typemap(javain) (T *PTR, size_t N) "$javainput"
%typemap(in) (T *PTR, size_t N) {
	$2 = $input != NULL ? (size_t)(*jenv)->GetArrayLength(jenv, $input) : 0;
	$1 = calloc($2 ? $2 : 1, sizeof(T));
}
%typemap(argout) (T *PTR, size_t N) {
	if ($input != NULL && !(*jenv)->ExceptionCheck(jenv)) {
		for (size_t i = 0; i < $2; i++) {
			jlong x = (jlong)$1[i];
			(*jenv)->SetLongArrayRegion(jenv, $input, (jsize)i, 1, &x);
		}
	}
}
%typemap(freearg) (T *PTR, size_t N) { free($1); }
%enddef

/* Named values in: NAMES a String[], (VALUES, N) a long[] of the same
 * length (checked before the call). */
%define ENF_IN_NAMED_VALUES(NAMES, T, VALUES, N)
%typemap(jni) const char *const *NAMES "jobjectArray"
%typemap(jtype) const char *const *NAMES "byte[][]"
%typemap(jstype) const char *const *NAMES "String[]"
%typemap(javain, pre="    Core.pairs(NAMES, VALUES, \"NAMES\", \"VALUES\");") const char *const *NAMES "Core.utf8all($javainput, \"NAMES\")"
%typemap(in) const char *const *NAMES (enf_java_strv v) {
	enf_java_strv_get(jenv, $input, &v);
	$1 = ($1_ltype)v.ptrs;
}
%typemap(freearg) const char *const *NAMES {
	enf_java_strv_release(jenv, &v$argnum);
}
ENF_IN_VALUES(T, VALUES, N)
%typemap(check) (const char *const *NAMES, const T *VALUES, size_t N) {
	if (v$argnum.n != $3) {
		enf_java_throw_text(jenv, ENF_EINVALID, #NAMES " and " #VALUES " differ in length");
		if ($3 > v$argnum.n)
			$3 = v$argnum.n;
	}
}
%enddef

/* The two-call convention of an array out (T *out, size_t cap, size_t
 * *count), the first three parameters: a holder of an array; the first
 * call learns the count, ENF_SIZED_BY_COUNT(FN) calls FN again. */
%define ENF_JAVA_ARRAY_OUT_IN(T)
%typemap(in) (T *out, size_t cap, size_t *count) (size_t n = 0) {
	$1 = NULL;
	$2 = 0;
	$3 = &n;
}
%typemap(freearg) (T *out, size_t cap, size_t *count) {
	free($1);
}
%enddef
%define ENF_SIZED_BY_COUNT(FN)
%exception FN {
	$action
	if (result == ENF_EBUFSIZE) {
		arg1 = calloc(*arg3 ? *arg3 : 1, sizeof(*arg1));
		if (arg1 == NULL)
			*arg3 = 0;
		arg2 = *arg3;
		$action
	}
}
%enddef
/* ... a long[][] holder. */
%define ENF_OUT_VALUE_ARRAY(T)
ENF_JAVA_ARRAY_OUT_IN(T)
ENF_JAVA_HOLDER((T *out, size_t cap, size_t *count), "jobjectArray", "long[][]", out)
%typemap(argout) (T *out, size_t cap, size_t *count) {
	if (!(*jenv)->ExceptionCheck(jenv))
		enf_java_put(jenv, $input, enf_java_longs_out(jenv, $1, sizeof(T), *$3));
}
%enddef
/* ... a T[][] holder of proxies, each owning a copy. */
%define ENF_OUT_RECORD_ARRAY(T)
ENF_JAVA_ARRAY_OUT_IN(T)
%typemap(jni) (T *out, size_t cap, size_t *count) "jobjectArray"
%typemap(jtype) (T *out, size_t cap, size_t *count) "long[][]"
%typemap(jstype) (T *out, size_t cap, size_t *count) "$typemap(jstype, T *)[][]"
%typemap(javain,
	pre="    long[][] temp$javainput = new long[Core.room($javainput, \"out\")][];",
	post="      if (temp$javainput[0] != null) $javainput[0] = java.util.Arrays.stream(temp$javainput[0]).mapToObj(p -> new $typemap(jstype, T *)(p, true)).toArray($typemap(jstype, T *)[]::new);"
	) (T *out, size_t cap, size_t *count) "temp$javainput"
%typemap(argout) (T *out, size_t cap, size_t *count) {
	if (!(*jenv)->ExceptionCheck(jenv)) {
		T **copies = calloc(*$3 ? *$3 : 1, sizeof(*copies));
		size_t k = 0;
		for (; copies != NULL && k < *$3; k++) {
			if ((copies[k] = malloc(sizeof(T))) == NULL)
				break;
			*copies[k] = $1[k];
		}
		if (copies != NULL && k == *$3) {
			enf_java_put(jenv, $input, enf_java_ptrs_out(jenv, (void *const *)copies, k));
		} else {
			for (size_t i = 0; copies != NULL && i < k; i++)
				free(copies[i]);
			enf_java_throw_text(jenv, ENF_ENOMEM, "out of memory");
		}
		free(copies);
	}
}
%enddef

/* An array of new objects (T ***OUT, size_t *COUNT): a T[][] holder of
 * proxies that own them; the array itself is freed with FREE. */
%define ENF_OUT_OBJECT_ARRAY(T, OUT, COUNT, FREE)
%typemap(jni) (T ***OUT, size_t *COUNT) "jobjectArray"
%typemap(jtype) (T ***OUT, size_t *COUNT) "long[][]"
%typemap(jstype) (T ***OUT, size_t *COUNT) "$typemap(jstype, T *)[][]"
%typemap(javain,
	pre="    long[][] temp$javainput = new long[Core.room($javainput, \"OUT\")][];",
	post="      if (temp$javainput[0] != null) $javainput[0] = java.util.Arrays.stream(temp$javainput[0]).mapToObj(p -> new $typemap(jstype, T *)(p, true)).toArray($typemap(jstype, T *)[]::new);"
	) (T ***OUT, size_t *COUNT) "temp$javainput"
%typemap(in) (T ***OUT, size_t *COUNT) (T **tmp = NULL, size_t n = 0) {
	$1 = &tmp;
	$2 = &n;
}
%typemap(argout) (T ***OUT, size_t *COUNT) {
	if (*$1 != NULL) {
		jlongArray a = (*jenv)->ExceptionCheck(jenv) ? NULL
			: enf_java_ptrs_out(jenv, (void *const *)*$1, *$2);
		if (a != NULL)
			enf_java_put(jenv, $input, a);
		else /* no proxy will own them */
			for (size_t i = 0; i < *$2; i++)
				T##_free((*$1)[i]);
		FREE(*$1);
	}
}
%enddef

/* A column (T *PTR, size_t LEN) the caller creates and the library
 * fills: an int[] (int32_t) or long[] (int64_t), or null for a column
 * not wanted. */
%define ENF_OUT_COLUMN(T, PTR, LEN)
%typemap(jni) (T *PTR, size_t LEN) "jarray"
%typemap(jtype) (T *PTR, size_t LEN) "Object"
%typemap(jstype) (T *PTR, size_t LEN) "Object"
%typemap(javain) (T *PTR, size_t LEN) "Core.column($javainput, \"T\", \"PTR\")"
%typemap(in) (T *PTR, size_t LEN) {
	$2 = $input != NULL ? (size_t)(*jenv)->GetArrayLength(jenv, $input) : 0;
	$1 = $2 != 0 ? calloc($2, sizeof(T)) : NULL;
	if ($1 == NULL)
		$2 = 0;
}
%typemap(argout) (T *PTR, size_t LEN) {
	if ($1 != NULL && !(*jenv)->ExceptionCheck(jenv)) {
		void *e = (*jenv)->GetPrimitiveArrayCritical(jenv, $input, NULL);
		if (e != NULL) {
			memcpy(e, $1, $2 * sizeof(T));
			(*jenv)->ReleasePrimitiveArrayCritical(jenv, $input, e, 0);
		}
	}
}
%typemap(freearg) (T *PTR, size_t LEN) { free($1); }
%enddef

/* A call that may run long: Java threads run natives in parallel, so
 * nothing to release. */
%define ENF_BLOCKING(FN)
%enddef
