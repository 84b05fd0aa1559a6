-- The chat's display history (Chainlit's data layer) lives in a database of its own.
CREATE DATABASE vitrine_chat OWNER vitrine;
