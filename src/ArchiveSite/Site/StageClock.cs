using System.Diagnostics;

namespace ArchiveSite.Site;

/// <summary>The time each stage of a build took, kept for the result and told to whoever watches the build.</summary>
internal sealed class StageClock(Action<string>? progress)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Time)> _stages = [];

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public void Stage(string name)
    {
        _stages.Add((name, _clock.Elapsed));
        progress?.Invoke($"{name} ({_clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} s)");
        _clock.Restart();
    }
}
