"""PartnerCRM: a desktop contact and partner CRM for cross-sector networks."""

__version__ = "0.1.0"
APP_NAME = "PartnerCRM"
ORG_NAME = "PartnerCRM"
ORG_DOMAIN = "partnercrm.example"
