/* A check of the tests and fuzz targets: every message the library writes
 * is valid UTF-8. */
#ifndef ENF_TEST_UTF8_VALID_H
#define ENF_TEST_UTF8_VALID_H

/* Whether s is well-formed UTF-8 (no overlong forms, surrogates or code
 * points above U+10FFFF). */
static inline int utf8_valid(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	while (*u != 0) {
		unsigned c = *u, n, cp;

		if (c < 0x80) {
			u++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			n = 1, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			n = 2, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 3, cp = c & 0x07;
		else
			return 0;
		for (unsigned i = 1; i <= n; i++) {
			if ((u[i] & 0xc0) != 0x80)
				return 0;
			cp = cp << 6 | (u[i] & 0x3fu);
		}
		if ((n == 2 &&
		     (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (n == 3 && (cp < 0x10000 || cp > 0x10ffff)))
			return 0;
		u += n + 1;
	}
	return 1;
}

#endif /* ENF_TEST_UTF8_VALID_H */
