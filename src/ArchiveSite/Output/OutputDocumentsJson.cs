using System.Text.Json.Serialization;

namespace ArchiveSite.Output;

/// <summary>The typed values outputs are made from, for their fingerprints (<see cref="OutputFile.From"/>): a new one adds its type here.</summary>
[JsonSerializable(typeof(AtomFeed.Document), TypeInfoPropertyName = "FeedDocument")]
[JsonSerializable(typeof(SeriesCalendar.Document), TypeInfoPropertyName = "CalendarDocument")]
internal sealed partial class OutputDocumentsJson : JsonSerializerContext;
