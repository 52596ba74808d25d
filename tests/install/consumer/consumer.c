/* A program outside the project that uses the installed library. */
#include <enforcement.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
	int64_t rate = 0;
	char text[32];

	if (enf_percent_of(&rate, 2244, 3567, ENF_ROUND_HALF_UP) != ENF_OK ||
	    enf_percent_format(text, sizeof(text), rate, ENF_LOCALE_VI) !=
		    ENF_OK)
		return 1;
	printf("enforcement %s: 2244/3567 = %s\n", enf_version(), text);
	return strcmp(text, "62,91%") != 0;
}
