namespace ArchiveSite.Diagnostics;

/// <summary>How bad a finding is: errors fail the command, warnings are reported and the build goes on.</summary>
public enum Severity
{
    Warning,
    Error,
}
