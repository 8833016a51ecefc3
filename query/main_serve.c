/*
 * main_serve.c - evidex-serve, the program `evidex serve` runs (see
 * serve.h): the web server is a program of its own so that a query does
 * not load the server's libraries.  argv[0] is "serve", as `evidex serve`
 * passes it.
 */
#include "serve.h"

int main(int argc, char **argv)
{
    return evx_serve_main(argc, argv);
}
