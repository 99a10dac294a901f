/**
 * Files attached to tickets and request items: what is accepted (kind decided by the bytes, never by the name),
 * how many and how large, and the safe name a file is stored and offered for download under.
 */
package io.andes.ticketing.domain.attachment;
