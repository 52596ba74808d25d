/**
 * @file enforcement/common.h
 * @brief Version, status codes, last-error message and the export macro.
 *
 * Every fallible function of the library returns an ::enf_status: ::ENF_OK
 * (zero) on success or a negative code. On failure the calling thread's
 * last-error message (enf_last_error()) holds one sentence that names the
 * field and the value at fault, and every object and value out-parameter is
 * left as it was. Status codes are append-only: a code is never renumbered
 * or removed.
 *
 * This header carries no legal rules; it is the base every module uses.
 */
#ifndef ENF_COMMON_H
#define ENF_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define ENF_BEGIN_DECL extern "C" {
#define ENF_END_DECL   }
#else
/** Opens the declarations of a header: C linkage when read by C++. */
#define ENF_BEGIN_DECL
/** Closes what ENF_BEGIN_DECL opened. */
#define ENF_END_DECL
#endif

/**
 * ENF_EXTERN(type) marks a public function. The library is built with hidden
 * visibility, so only functions declared with this macro are exported.
 * Define ENF_STATIC when linking the static library on Windows.
 */
#if defined(SWIG)
#define ENF_EXTERN(type) type
#elif defined(_WIN32) && !defined(ENF_STATIC)
#ifdef ENF_BUILDING
#define ENF_EXTERN(type) __declspec(dllexport) type
#else
#define ENF_EXTERN(type) __declspec(dllimport) type
#endif
#elif defined(__GNUC__)
#define ENF_EXTERN(type) __attribute__((visibility("default"))) type
#else
#define ENF_EXTERN(type) type
#endif

/** Major version: incompatible API changes (SONAME follows from 1.0 on). */
#define ENF_VERSION_MAJOR 0
/** Minor version: added functionality; before 1.0 also part of the SONAME. */
#define ENF_VERSION_MINOR 2
/** Patch version: fixes only. */
#define ENF_VERSION_PATCH 0
/** The version as a string, "MAJOR.MINOR.PATCH". */
#define ENF_VERSION "0.2.0"
/** The version as one number: MAJOR * 1000000 + MINOR * 1000 + PATCH. */
#define ENF_VERSION_NUMBER                                                     \
	(ENF_VERSION_MAJOR * 1000000 + ENF_VERSION_MINOR * 1000 +              \
	 ENF_VERSION_PATCH)
/** True when the headers are at least version maj.min.pat. */
#define ENF_VERSION_CHECK(maj, min, pat)                                       \
	(ENF_VERSION_NUMBER >= ((maj)*1000000 + (min)*1000 + (pat)))

ENF_BEGIN_DECL

/**
 * Result of every fallible call. Zero is success, failures are negative.
 * Codes are append-only and never renumbered.
 */
typedef enum enf_status {
	ENF_OK = 0,	    /**< success */
	ENF_EINVALID = -1,  /**< an argument is invalid (NULL, bad enum, ...) */
	ENF_ERANGE = -2,    /**< a value is outside its allowed range */
	ENF_EOVERFLOW = -3, /**< the result does not fit in 64 bits */
	ENF_ENOTFOUND = -4, /**< the thing asked for does not exist */
	ENF_ESTATE = -5,    /**< not allowed in the object's current state */
	ENF_EPARSE = -6,    /**< text could not be read, or is ambiguous */
	ENF_ENOMEM = -7,    /**< an allocation failed */
	ENF_EVERSION = -8,  /**< unknown options-struct version */
	ENF_EBUFSIZE = -9,  /**< the caller's buffer is too small */
	ENF_EDIVZERO = -10  /**< a denominator or base is zero */
} enf_status;

/**
 * The library's version string, e.g. "0.2.0", as compiled into the library
 * (which may differ from ENF_VERSION if the headers are from another build).
 * @return a static string; never NULL.
 */
ENF_EXTERN(const char *) enf_version(void);

/**
 * The library's version as ENF_VERSION_NUMBER computes it.
 * @return MAJOR * 1000000 + MINOR * 1000 + PATCH.
 */
ENF_EXTERN(int) enf_version_number(void);

/**
 * A short English name of a status code ("invalid argument", ...).
 * @param status any value; unknown values give "unknown status".
 * @return a static string; never NULL.
 */
ENF_EXTERN(const char *) enf_status_str(enf_status status);

/**
 * The message of the last failure on the calling thread: one sentence that
 * names the field and the value, e.g. "money_muldiv: den is 0; a denominator
 * must not be zero". A field of an options or record argument is named by
 * the field's name alone ("date", not "opts->date"), an array element with
 * its index ("claims[2].requested"); dates show as YYYY-MM-DD, a missing
 * date (ENF_DATE_NONE) as "missing (no date)". Success does not clear it.
 * @return a thread-local string owned by the library, valid until the next
 *         failing call on this thread; "" when nothing has failed. Never NULL.
 */
ENF_EXTERN(const char *) enf_last_error(void);

/**
 * The status code of the last failure on the calling thread.
 * @return the code that enf_last_error() explains; ENF_OK when none.
 */
ENF_EXTERN(enf_status) enf_last_status(void);

/** Clears the calling thread's last-error message and status. */
ENF_EXTERN(void) enf_error_clear(void);

/**
 * Frees any text the library returns through a `char **out` parameter
 * (exports, trails, reports, rule catalogues).
 * @param text the text; NULL is a no-op.
 */
ENF_EXTERN(void) enf_free(void *text);

ENF_END_DECL

#endif /* ENF_COMMON_H */
