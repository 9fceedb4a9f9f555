namespace Parley.Coding.Tests.Golden;

/// <summary>A fact over stories coded with the shipped models; skipped, saying why, when those models cannot be loaded.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ShippedCoderFactAttribute : FactAttribute
{
    public ShippedCoderFactAttribute()
    {
        Skip = ShippedCoder.Problem;
    }
}
