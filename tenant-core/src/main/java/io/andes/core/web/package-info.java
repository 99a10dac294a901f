/**
 * Pieces the web pages of every module share: the session's language and the formatting of a tenant's dates,
 * numbers and money in its locale, currency and time zone.
 */
package io.andes.core.web;
