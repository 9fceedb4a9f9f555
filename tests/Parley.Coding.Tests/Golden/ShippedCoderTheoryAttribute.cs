namespace Parley.Coding.Tests.Golden;

/// <summary>A theory over stories coded with the shipped models; skipped, saying why, when those models cannot be loaded.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShippedCoderTheoryAttribute : TheoryAttribute
{
    public ShippedCoderTheoryAttribute()
    {
        Skip = ShippedCoder.Problem;
    }
}
