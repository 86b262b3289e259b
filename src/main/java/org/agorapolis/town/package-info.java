/**
 * The town itself: its name and its neighbourhoods. Other features refer to neighbourhoods; only
 * this feature changes them.
 */
package org.agorapolis.town;
