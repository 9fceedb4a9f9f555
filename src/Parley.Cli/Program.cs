using Parley.Cli;

return ParleyCommand.Run(args);
