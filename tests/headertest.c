/* Compiled, never run: the umbrella header must stand alone under
 * -std=c99 -Wall -Wextra -Wpedantic -Werror. */
#include <enforcement.h>

int enf_headertest_version(void);
int enf_headertest_version(void)
{
	return ENF_VERSION_CHECK(0, 1, 0) ? ENF_VERSION_NUMBER : 0;
}
