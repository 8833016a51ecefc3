/*
 * attrib_posts.h - a post or a body printed around a name in a lead-in
 * (private to the attrib/ files): a post before the name as if a title
 * ("Health Secretary Jane Doe", "Minister of State Jane Doe"), a body in
 * the possessive before it ("The NHS Confederation’s Niall Dickson"), and
 * a body's name whose last words after "and" are no person ("Department
 * of Health and Social Care", "from Manchester Health and Care
 * Commissioning").  Over the views of attrib_mention.h.  Pure.
 */
#ifndef EVX_ATTRIB_POSTS_H
#define EVX_ATTRIB_POSTS_H

#include <stddef.h>

#include "attrib_mention.h"

/* Whether the folded word qualifies a post ("former", "then", "acting",
 * "interim", "outgoing"). */
int evx_post_qualifier(const char *term);

/* Where the name starts in a capitalised run [a, b) of v that opens with
 * a post printed as a title, or a if it opens with none; *post gets
 * where the post starts (before a for "Minister of State Jane Doe",
 * whose run is "State Jane Doe", and with a "former" before it). */
size_t evx_post_before_name(const evx_view *v, size_t a, size_t b,
                            size_t *post);

/* Where the name starts in a capitalised run [a, b) of v that opens with
 * its organisation in the possessive, when a title or two or three names
 * follow it; a otherwise. */
size_t evx_org_before_name(const evx_view *v, size_t a, size_t b);

/* Where a department of state's name that runs on to word a of v starts
 * ("Department for Digital, Culture, Media and Sport", back over its
 * list's commas); a if there is none. */
size_t evx_org_chain_start(const evx_view *v, size_t a);

/* Does the run at word a of v go on with a body's name after "and", the
 * name before it introduced by a preposition ("from Manchester Health
 * and Care Commissioning")? */
int evx_ends_body_name(const evx_view *v, size_t a);

#endif /* EVX_ATTRIB_POSTS_H */
