namespace ArchiveSite.Tests.Support;

/// <summary>The smallest real-looking note: one call, dated by its title, with one attendee.</summary>
public static class SampleNote
{
    public const string OneCall = "# Community call 2024-01-10\n\n## Attendees\n- Ada Lovelace ([@ada-l](https://github.com/ada-l))\n";
}
