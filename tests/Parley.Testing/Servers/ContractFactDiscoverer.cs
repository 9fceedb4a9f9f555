using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Testing.Servers;

/// <summary>Finds <see cref="ContractFactAttribute"/> tests: as xUnit's facts, or one skipped case when the class's servers are missing.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    private readonly IMessageSink sink = diagnosticMessageSink;

    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        SkippedTestCase.ForMissingServers(sink, discoveryOptions, testMethod) is { } skipped
            ? [skipped]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
