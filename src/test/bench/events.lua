-- One work_order.create event; buckets and SKUs rotate so load spreads like a real line's.
local buckets = {"reliability", "security", "cost", "compliance"}
local priorities = {"critical", "high", "medium", "low"}
counter = 0

function event()
  counter = counter + 1
  return string.format(
    '{"type":"work_order.create","description":"benchmark work order %d","priority":"%s","bucket":"%s","skuId":"SKU-BENCH-%d"}',
    counter, priorities[counter % 4 + 1], buckets[counter % 4 + 1], counter % 100)
end
