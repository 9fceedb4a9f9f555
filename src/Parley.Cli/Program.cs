using System.Globalization;
using Parley.Cli;

// Globalization is on for Unicode normalisation (NFC), not for the user's locale: numbers, dates and comparisons in
// Parley's output must not change with it.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;

return ParleyCommand.Run(args);
