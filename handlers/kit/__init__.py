"""The HTTP kit every face shares and none owns: JSON replies and refusals, reading JSON and uploads,
client addresses and throttles, the edge's tunables."""
