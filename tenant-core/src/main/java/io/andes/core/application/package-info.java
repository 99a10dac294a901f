/** The core's use cases, one transaction each: quotas of the bound tenant and staff's tenant administration. */
package io.andes.core.application;
