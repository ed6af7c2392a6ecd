using ArchiveSite.Diagnostics;
using MemoryPack;

namespace ArchiveSite.Caching;

/// <summary>
/// What a successful build reported (every diagnostic but the cache's own, and what it counted), kept with its site:
/// a build that keeps that site whole, nothing it was made from having changed, reports the same.
/// </summary>
[MemoryPackable]
public sealed partial record BuildReport(Diagnostic[] Diagnostics, int Notes, int Calls, int Pages, int People, int References);
