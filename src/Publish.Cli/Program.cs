using Publish.Cli;

return PublishCommandLine.Run(args);
