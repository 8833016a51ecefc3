/* evidex: placeholder until the query tool lands (integration). */
#include <stdio.h>
int main(void) { fputs("evidex: not built yet\n", stderr); return 2; }
