using Xunit;
using Xunit.Sdk;

namespace Parley.Testing.Servers;

/// <summary>A fact of a contract suite: skipped, saying why, in a test class whose <see cref="RequiresServersAttribute"/> names a server that is missing here.</summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("Parley.Testing.Servers.ContractFactDiscoverer", "Parley.Testing")]
public sealed class ContractFactAttribute : FactAttribute;
