namespace Parley.Testing.Servers;

/// <summary>
/// On a test class whose tests are inherited (a contract suite run against one more database): its
/// <see cref="ContractFactAttribute"/> and <see cref="ContractTheoryAttribute"/> tests are skipped, saying why,
/// when one of these servers (<see cref="LocalServers"/>) cannot be started here.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class RequiresServersAttribute(params string[] servers) : Attribute
{
    public IReadOnlyList<string> Servers { get; } = servers;
}
