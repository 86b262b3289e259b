/**
 * Reports for elected officials: read-only figures built from the other features' services.
 * Reports never list people.
 */
package org.agorapolis.reports;
