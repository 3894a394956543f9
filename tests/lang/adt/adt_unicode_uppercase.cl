(data Σ (Δ a) (Ñ))
(io:print (Δ 1) (Ñ) (match (Δ 5) ((Δ x) x)) (match (Ñ) (Ñ "bare")))
