/*
 * spin_preload.c - a loop inside Xapian, on demand, for
 * test_robust_faults.c.  Preloaded into evidex (LD_PRELOAD), it stands in
 * for Xapian::Enquire::get_mset and spins on the CPU for ever, as Xapian
 * can over a damaged index: the test then sees what evidex's CPU
 * watchdogs do with a command no time limit of evidex's can reach,
 * whatever bytes a garbled index happens to hold.  Built for the tests
 * only; never installed.
 */

/* Xapian::Enquire::get_mset(first, maxitems, checkatleast, rset, decider)
 * const, as the C++ ABI names it.  It never returns, so its arguments and
 * its result do not matter. */
void _ZNK6Xapian7Enquire8get_msetEjjjPKNS_4RSetEPKNS_12MatchDeciderE(void);

void _ZNK6Xapian7Enquire8get_msetEjjjPKNS_4RSetEPKNS_12MatchDeciderE(void)
{
    volatile unsigned long n = 0;
    for (;;)
        n++;
}
