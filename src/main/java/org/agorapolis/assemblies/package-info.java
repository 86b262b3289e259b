/**
 * Assemblies: local participatory spaces with a topic, the neighbourhoods they concern and a
 * lifecycle (draft, open, voting, closed). Who may see which assembly is {@link
 * org.agorapolis.assemblies.AssemblyPolicy}'s decision.
 */
package org.agorapolis.assemblies;
