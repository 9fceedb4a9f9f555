namespace Parley.Coding.Tests.Time;

/// <summary>A fact that needs the seed story parsed; skipped, saying why, when the parser model is absent or the models cannot be loaded.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ParsedSeedStoryFactAttribute : FactAttribute
{
    public ParsedSeedStoryFactAttribute()
    {
        Skip = SeedStory.ParseProblem;
    }
}
