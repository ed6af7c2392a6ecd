namespace ArchiveSite.Model;

/// <summary>How a person took part in a call.</summary>
public enum PersonRole
{
    Attendee,
    MC,
    Presenter,
    NextMC,
}
