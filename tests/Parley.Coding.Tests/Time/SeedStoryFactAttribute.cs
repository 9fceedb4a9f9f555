namespace Parley.Coding.Tests.Time;

/// <summary>A fact over the annotated seed story; skipped, saying why, when the shipped models cannot annotate it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SeedStoryFactAttribute : FactAttribute
{
    public SeedStoryFactAttribute()
    {
        Skip = SeedStory.Problem;
    }
}
