/** The core's REST interface and the conventions every module's API shares: problems, access filters, size limit. */
package io.andes.core.interfaces.rest;
