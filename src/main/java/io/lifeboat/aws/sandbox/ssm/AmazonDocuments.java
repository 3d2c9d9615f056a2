package io.lifeboat.aws.sandbox.ssm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The AWS-owned Command documents the sandbox carries, with their parameter definitions as AWS
 * publishes them (types, defaults, allowed values and patterns, descriptions). Run steps are kept
 * short: the sandbox simulates execution rather than interpreting them.
 */
public final class AmazonDocuments {

    /** AWS-RunShellScript's executionTimeout pattern: 1 to 172800 seconds. */
    static final String EXECUTION_TIMEOUT_PATTERN =
            "([1-9][0-9]{0,4})|(1[0-6][0-9]{4})|(17[0-1][0-9]{3})|(172[0-7][0-9]{2})|(172800)";

    private AmazonDocuments() {
    }

    public static List<SsmDocument> all(Instant created) {
        return List.of(
                parse("AWS-RunShellScript", RUN_SHELL_SCRIPT, created),
                parse("AWS-RunPowerShellScript", RUN_POWERSHELL_SCRIPT, created),
                parse("AWS-ConfigureAWSPackage", CONFIGURE_AWS_PACKAGE, created),
                parse("AmazonCloudWatch-ManageAgent", CLOUDWATCH_MANAGE_AGENT, created),
                parse("AmazonInspector-ManageAWSAgent", INSPECTOR_MANAGE_AGENT, created),
                parse("AWS-UpdateSSMAgent", UPDATE_SSM_AGENT, created));
    }

    private static SsmDocument parse(String name, String content, Instant created) {
        return DocumentContent.parse(name, SsmDocument.AMAZON, content, created, Map.of());
    }

    static final String RUN_SHELL_SCRIPT = """
            {
              "schemaVersion": "1.2",
              "description": "Run a shell script or specify the commands to run.",
              "parameters": {
                "commands": {
                  "type": "StringList",
                  "description": "(Required) Specify a shell script or a command to run.",
                  "minItems": 1,
                  "displayType": "textarea"
                },
                "workingDirectory": {
                  "type": "String",
                  "default": "",
                  "description": "(Optional) The path to the working directory on your instance.",
                  "maxChars": 4096
                },
                "executionTimeout": {
                  "type": "String",
                  "default": "3600",
                  "description": "(Optional) The time in seconds for a command to complete before it is considered to have failed. Default is 3600 (1 hour). Maximum is 172800 (48 hours).",
                  "allowedPattern": "%s"
                }
              },
              "runtimeConfig": {
                "aws:runShellScript": {
                  "properties": [
                    {
                      "id": "0.aws:runShellScript",
                      "runCommand": "{{ commands }}",
                      "workingDirectory": "{{ workingDirectory }}",
                      "timeoutSeconds": "{{ executionTimeout }}"
                    }
                  ]
                }
              }
            }
            """.formatted(EXECUTION_TIMEOUT_PATTERN);

    static final String RUN_POWERSHELL_SCRIPT = """
            {
              "schemaVersion": "1.2",
              "description": "Run a PowerShell script or specify the paths to scripts to run.",
              "parameters": {
                "commands": {
                  "type": "StringList",
                  "description": "(Required) Specify the commands to run or the paths to existing scripts on the instance.",
                  "minItems": 1,
                  "displayType": "textarea"
                },
                "workingDirectory": {
                  "type": "String",
                  "default": "",
                  "description": "(Optional) The path to the working directory on your instance.",
                  "maxChars": 4096
                },
                "executionTimeout": {
                  "type": "String",
                  "default": "3600",
                  "description": "(Optional) The time in seconds for a command to be completed before it is considered to have failed. Default is 3600 (1 hour). Maximum is 172800 (48 hours).",
                  "allowedPattern": "%s"
                }
              },
              "runtimeConfig": {
                "aws:runPowerShellScript": {
                  "properties": [
                    {
                      "id": "0.aws:runPowerShellScript",
                      "runCommand": "{{ commands }}",
                      "workingDirectory": "{{ workingDirectory }}",
                      "timeoutSeconds": "{{ executionTimeout }}"
                    }
                  ]
                }
              }
            }
            """.formatted(EXECUTION_TIMEOUT_PATTERN);

    static final String CONFIGURE_AWS_PACKAGE = """
            {
              "schemaVersion": "2.2",
              "description": "Install or uninstall a Distributor package. You can install the latest version, default version, or a version of the package you specify. Packages provided by AWS such as AmazonCloudWatchAgent, AwsEnaNetworkDriver, and AWSPVDriver are also supported.",
              "parameters": {
                "action": {
                  "description": "(Required) Specify whether or not to install or uninstall the package.",
                  "type": "String",
                  "allowedValues": ["Install", "Uninstall"]
                },
                "installationType": {
                  "description": "(Optional) Specify the type of installation. Uninstall and reinstall: The application is taken offline until the reinstallation process completes. In-place update: The application is available while new or updated files are added to the installation.",
                  "type": "String",
                  "allowedValues": ["Uninstall and reinstall", "In-place update"],
                  "default": "Uninstall and reinstall"
                },
                "name": {
                  "description": "(Required) The package to install/uninstall.",
                  "type": "String",
                  "allowedPattern": "^arn:[a-z0-9][-.a-z0-9]{0,62}:[a-z0-9][-.a-z0-9]{0,62}:([a-z0-9][-.a-z0-9]{0,62})?:([a-z0-9][-.a-z0-9]{0,62})?:(package|document)\\\\/[a-zA-Z0-9/:.\\\\-_]{1,128}$|^[a-zA-Z0-9/:.\\\\-_]{1,128}$"
                },
                "version": {
                  "description": "(Optional) The version of the package to install or uninstall. If you don't specify a version, the system installs the latest published version by default. The system will only attempt to uninstall the version that is currently installed. If no version of the package is installed, the system returns an error.",
                  "type": "String",
                  "default": ""
                },
                "additionalArguments": {
                  "description": "(Optional) The additional parameters to provide to your install, uninstall, or update scripts.",
                  "type": "StringMap",
                  "displayType": "textarea",
                  "default": {},
                  "maxChars": 4096
                }
              },
              "mainSteps": [
                {
                  "action": "aws:configurePackage",
                  "name": "configurePackage",
                  "inputs": {
                    "name": "{{ name }}",
                    "action": "{{ action }}",
                    "installationType": "{{installationType}}",
                    "version": "{{ version }}",
                    "additionalArguments": "{{ additionalArguments }}"
                  }
                }
              ]
            }
            """;

    static final String CLOUDWATCH_MANAGE_AGENT = """
            {
              "schemaVersion": "2.2",
              "description": "Send commands to Amazon CloudWatch Agent",
              "parameters": {
                "action": {
                  "description": "The action CloudWatch Agent should take.",
                  "type": "String",
                  "default": "configure",
                  "allowedValues": ["configure", "configure (append)", "configure (remove)", "start", "status", "stop"]
                },
                "mode": {
                  "description": "Controls platform-specific default behavior such as whether to include EC2 Metadata in metrics.",
                  "type": "String",
                  "default": "ec2",
                  "allowedValues": ["ec2", "onPremise", "auto"]
                },
                "optionalConfigurationSource": {
                  "description": "Only for 'configure' related actions. Use 'ssm' to apply a ssm parameter as config. Use 'default' to apply default config for amazon-cloudwatch-agent. Use 'all' with 'configure (remove)' to clean all configs for amazon-cloudwatch-agent.",
                  "type": "String",
                  "allowedValues": ["ssm", "default", "all"],
                  "default": "ssm"
                },
                "optionalConfigurationLocation": {
                  "description": "Only for 'configure' related actions. Only needed when Optional Configuration Source is set to 'ssm'. The value should be a ssm parameter name.",
                  "type": "String",
                  "default": "",
                  "allowedPattern": "[a-zA-Z0-9-\\"~:_@./^(*)!<>?=+]*$"
                },
                "optionalRestart": {
                  "description": "Only for 'configure' related actions. If 'yes', restarts the agent to use the new configuration. Otherwise the new config will only apply on the next agent restart.",
                  "type": "String",
                  "default": "yes",
                  "allowedValues": ["yes", "no"]
                }
              },
              "mainSteps": [
                {
                  "name": "ControlCloudWatchAgentWindows",
                  "action": "aws:runPowerShellScript",
                  "precondition": {"StringEquals": ["platformType", "Windows"]},
                  "inputs": {"runCommand": ["& \\"$Env:ProgramFiles\\\\Amazon\\\\AmazonCloudWatchAgent\\\\amazon-cloudwatch-agent-ctl.ps1\\" -a '{{action}}' -m '{{mode}}'"]}
                },
                {
                  "name": "ControlCloudWatchAgentLinux",
                  "action": "aws:runShellScript",
                  "precondition": {"StringEquals": ["platformType", "Linux"]},
                  "inputs": {"runCommand": ["/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a '{{action}}' -m '{{mode}}'"]}
                }
              ]
            }
            """;

    static final String INSPECTOR_MANAGE_AGENT = """
            {
              "schemaVersion": "2.2",
              "description": "Install or uninstall the Amazon Inspector Classic agent on your instances.",
              "parameters": {
                "Operation": {
                  "type": "String",
                  "description": "(Optional) Specify whether or not to install or uninstall the Amazon Inspector agent. The default is to install the agent.",
                  "default": "Install",
                  "allowedValues": ["Install", "Uninstall"]
                }
              },
              "mainSteps": [
                {
                  "action": "aws:runPowerShellScript",
                  "name": "ManageAWSAgentWindows",
                  "precondition": {"StringEquals": ["platformType", "Windows"]},
                  "inputs": {"runCommand": ["& .\\\\AWSAgentInstall.exe /{{Operation}} /quiet"]}
                },
                {
                  "action": "aws:runShellScript",
                  "name": "ManageAWSAgentLinux",
                  "precondition": {"StringEquals": ["platformType", "Linux"]},
                  "inputs": {"runCommand": ["bash install -u false -o {{Operation}}"]}
                }
              ]
            }
            """;

    static final String UPDATE_SSM_AGENT = """
            {
              "schemaVersion": "2.2",
              "description": "Update the Amazon SSM Agent to the latest version or specified version.",
              "parameters": {
                "version": {
                  "default": "",
                  "description": "(Optional) A specific version of the Amazon SSM Agent to install. If not specified, the agent will be updated to the latest version.",
                  "type": "String"
                },
                "allowDowngrade": {
                  "default": "false",
                  "description": "(Optional) Allow the Amazon SSM Agent service to be downgraded to an earlier version. If set to false, the service can be upgraded to newer versions only (default). If set to true, specify the earlier version.",
                  "type": "String",
                  "allowedValues": ["true", "false"]
                }
              },
              "mainSteps": [
                {
                  "action": "aws:updateSsmAgent",
                  "name": "updateSSMAgent",
                  "inputs": {
                    "agentName": "amazon-ssm-agent",
                    "source": "https://s3.{Region}.amazonaws.com/amazon-ssm-{Region}/ssm-agent-manifest.json",
                    "allowDowngrade": "{{ allowDowngrade }}",
                    "targetVersion": "{{ version }}"
                  }
                }
              ]
            }
            """;
}
