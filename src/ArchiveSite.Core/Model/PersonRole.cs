namespace ArchiveSite.Model;

/// <summary>How a person took part in a call.</summary>
public enum PersonRole
{
    Attendee,
    MC,
    Presenter,
    NextMC,

    /// <summary>Spoke in the call's minutes without being on its roster (a transcript's <c>**Artem**</c>).</summary>
    Speaker,
}
