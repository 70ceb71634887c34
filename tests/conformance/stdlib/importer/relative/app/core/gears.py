G = "gears:" + __package__
