using Xunit;

namespace Parley.Testing;

/// <summary>A fact that needs files under <c>../shared/data</c>; it is skipped, naming the missing file, when they are absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <param name="relativePaths">Paths below <c>../shared/data</c> the test reads.</param>
    public SharedDataFactAttribute(params string[] relativePaths)
    {
        Skip = SharedDataRequirement.MissingReason(relativePaths);
    }
}
